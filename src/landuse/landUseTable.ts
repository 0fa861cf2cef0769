import type { LandUseEntry } from '../schema/index.ts';
import { landUseEntriesFromJson } from './landUseEntries.ts';
import defaultEntriesJson from '../../data/landuse.json' with { type: 'json' };

/** Lookup of land-use codes (2023 national, GB 50137-2011, Shanghai local) to categories. */
export interface LandUseTable {
  entries: readonly LandUseEntry[];
  /** Exact code first, then a normalised code (trimmed, upper-case letters), then a parent code. */
  lookup(code: string): LandUseEntry | undefined;
}

const NATIONAL = /^\d+$/;
const LETTERED = /^[A-Z]+\d+$/;
// Distinct codes in real data are few; the cap only protects memory against junk input.
const CACHE_LIMIT = 10_000;

/**
 * A code as people and spreadsheets mangle it, put back: NFKC folds full-width `Ｍ１` to `M1`,
 * letters are upper-cased, and a national code with an odd digit count lost its leading zero
 * (802 → 0802) because a spreadsheet stored it as a number.
 */
export function normalisedLandUseCode(code: string): string {
  const folded = code.normalize('NFKC').trim().toUpperCase();
  if (NATIONAL.test(folded) && folded.length % 2 === 1) return '0' + folded;
  return folded;
}

/**
 * The next broader code: national codes drop their last two digits (100104 → 1001 → 10); GB 50137
 * and Shanghai codes drop their last digit (A35 → A3 → A, C65 → C6). Null at the top.
 */
export function parentLandUseCode(normalised: string): string | null {
  if (NATIONAL.test(normalised)) return normalised.length > 2 ? normalised.slice(0, -2) : null;
  if (LETTERED.test(normalised)) return normalised.slice(0, -1);
  return null;
}

export function landUseTableFromEntries(entries: readonly LandUseEntry[]): LandUseTable {
  const exact = new Map<string, LandUseEntry>();
  const normalised = new Map<string, LandUseEntry>();
  for (const entry of entries) {
    // First entry wins on a clash, so a user's table can put its overrides first.
    if (!exact.has(entry.code)) exact.set(entry.code, entry);
    const key = normalisedLandUseCode(entry.code);
    if (!normalised.has(key)) normalised.set(key, entry);
  }
  const cache = new Map<string, LandUseEntry | undefined>();

  function resolve(code: string): LandUseEntry | undefined {
    const direct = exact.get(code);
    if (direct) return direct;
    let key: string | null = normalisedLandUseCode(code);
    while (key) {
      const found = normalised.get(key);
      if (found) return found;
      key = parentLandUseCode(key);
    }
    return undefined;
  }

  return {
    entries,
    lookup(code: string): LandUseEntry | undefined {
      if (typeof code !== 'string') return undefined;
      if (cache.has(code)) return cache.get(code);
      const entry = resolve(code);
      if (cache.size < CACHE_LIMIT) cache.set(code, entry);
      return entry;
    },
  };
}

let defaultTable: LandUseTable | undefined;

/** The shipped table (data/landuse.json), built once. Throws only if the shipped data file is broken. */
export function defaultLandUseTable(): LandUseTable {
  if (defaultTable) return defaultTable;
  const { entries, problems } = landUseEntriesFromJson(defaultEntriesJson);
  if (problems.length > 0) throw new Error(`data/landuse.json is invalid: ${problems.slice(0, 5).join('; ')}`);
  defaultTable = landUseTableFromEntries(entries);
  return defaultTable;
}
