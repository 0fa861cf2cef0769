import { LAND_USE_CATEGORIES, type LandUseCategory, type LandUseEntry } from '../schema/index.ts';

const SYSTEMS: readonly LandUseEntry['system'][] = ['national-2023', 'gb50137-2011', 'shanghai'];
const COLOR = /^#[0-9a-f]{6}$/i;

function isCategory(value: unknown): value is LandUseCategory {
  return typeof value === 'string' && (LAND_USE_CATEGORIES as readonly string[]).includes(value);
}

function isSystem(value: unknown): value is LandUseEntry['system'] {
  return typeof value === 'string' && (SYSTEMS as readonly string[]).includes(value);
}

/**
 * Land-use entries checked from parsed JSON (the shipped table or a user's own), with one problem
 * string per rejected entry. JSON imports are typed loosely (`category: string`), so the data file
 * goes through this check rather than a cast.
 */
export function landUseEntriesFromJson(value: unknown): { entries: LandUseEntry[]; problems: string[] } {
  const entries: LandUseEntry[] = [];
  const problems: string[] = [];
  if (!Array.isArray(value)) return { entries, problems: ['land-use table is not an array'] };
  value.forEach((raw: unknown, i) => {
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`entry ${i} is not an object`);
      return;
    }
    const r = raw as Record<string, unknown>;
    const bad: string[] = [];
    if (typeof r.code !== 'string' || r.code.trim() === '') bad.push('code');
    if (!isCategory(r.category)) bad.push('category');
    if (typeof r.nameZh !== 'string') bad.push('nameZh');
    if (typeof r.nameEn !== 'string') bad.push('nameEn');
    if (typeof r.color !== 'string' || !COLOR.test(r.color)) bad.push('color');
    if (!isSystem(r.system)) bad.push('system');
    if (r.note !== undefined && typeof r.note !== 'string') bad.push('note');
    if (bad.length > 0) {
      problems.push(`entry ${i} (${String(r.code)}): invalid ${bad.join(', ')}`);
      return;
    }
    const entry: LandUseEntry = {
      code: r.code as string,
      category: r.category as LandUseCategory,
      nameZh: r.nameZh as string,
      nameEn: r.nameEn as string,
      color: (r.color as string).toLowerCase(),
      system: r.system as LandUseEntry['system'],
    };
    if (typeof r.note === 'string') entry.note = r.note;
    entries.push(entry);
  });
  return { entries, problems };
}
