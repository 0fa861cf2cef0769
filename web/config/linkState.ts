import { DEFAULT_PARAMS, FLAG_NAMES, LAND_USE_CATEGORIES, parseIsoDay, resolveParams, type AnalysisParams, type FlagName, type LandUseCategory } from '../../src/index.ts';
import { THEMES, type Extrusion, type Theme } from '../stores/viewStore.ts';
import { COLUMN_FIELDS, type ColumnField } from '../worker/protocol.ts';
import type { NumericRange } from '../stores/filterStore.ts';
import type { Language } from '../i18n/index.ts';

/**
 * Everything a copied link restores, kept in the URL hash so that the query stays for the data
 * source (`?plots=…`). Unknown or malformed parts are ignored, never trusted.
 */
export interface LinkState {
  camera: { center: [number, number]; zoom: number; pitch: number; bearing: number } | null;
  language: Language | null;
  theme: Theme | null;
  numericField: ColumnField | null;
  extrusion: Extrusion | null;
  subparks: string[];
  categories: LandUseCategory[];
  flags: FlagName[];
  statuses: number[];
  ranges: NumericRange[];
  selectedId: string | null;
  asOf: string | null;
  params: Partial<AnalysisParams>;
}

const EXTRUSIONS: readonly Extrusion[] = ['none', 'height', 'gfa'];
/** Hash keys a link may carry; anything else is named in the notice and dropped. */
const LINK_KEYS: ReadonlySet<string> = new Set(['c', 'lang', 'theme', 'field', 'ext', 'sp', 'cat', 'flag', 'st', 'rg', 'sel', 'asof', 'p']);

/** A link read from an address, and every part of it that was ignored (as `key=value`, for the notice). */
export interface LinkReading {
  link: LinkState;
  rejected: string[];
}

function listOf(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

function includes<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function numberOrNull(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Camera within the map's ranges: lon/lat on the globe, zoom 0-24, pitch 0-85, bearing ±360. */
function cameraOf(text: string): LinkState['camera'] {
  const parts = text.split(',');
  if (parts.length !== 5) return null;
  const cam = parts.map((p) => numberOrNull(p));
  if (cam.some((n) => n === null)) return null;
  const [lon, lat, zoom, pitch, bearing] = cam as number[];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85.06 || zoom < 0 || zoom > 24 || pitch < 0 || pitch > 85 || Math.abs(bearing) > 360) return null;
  return { center: [lon, lat], zoom, pitch, bearing };
}

/**
 * One rule parameter `key:value`: the key must be the parameters' own (never a prototype key such
 * as `toString` or `__proto__`), the value a number the core accepts for it (resolveParams: kind,
 * whole numbers, shares within 0..1).
 */
function paramOf(part: string): [keyof AnalysisParams, number] | null {
  const colon = part.indexOf(':');
  if (colon < 0) return null;
  const key = part.slice(0, colon);
  const value = numberOrNull(part.slice(colon + 1));
  if (!Object.hasOwn(DEFAULT_PARAMS, key) || value === null) return null;
  const checked = resolveParams(Object.fromEntries([[key, value]]));
  return checked.ok ? [key as keyof AnalysisParams, value] : null;
}

function rangeOf(part: string): NumericRange | null {
  const pieces = part.split(':');
  if (pieces.length !== 3 || !includes(COLUMN_FIELDS, pieces[0])) return null;
  const [min, max] = [numberOrNull(pieces[1]), numberOrNull(pieces[2])];
  if ((pieces[1] !== '' && min === null) || (pieces[2] !== '' && max === null)) return null;
  if (min !== null && max !== null && min > max) return null;
  return { field: pieces[0], min, max };
}

/**
 * Reads an address hash without trusting it: every part is checked (own keys only, types, ranges
 * through the core's resolveParams, real calendar dates through parseIsoDay). A bad part is left
 * out and listed in `rejected`, so the viewer can say so and never writes it back to the address.
 */
export function readLinkState(hash: string): LinkReading {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const rejected: string[] = [];
  const reject = (key: string, value: string) => rejected.push(`${key}=${value}`);
  for (const [key, value] of q) if (!LINK_KEYS.has(key)) reject(key, value);

  const single = <T>(key: string, read: (text: string) => T | null): T | null => {
    const text = q.get(key);
    if (text === null || text === '') return null;
    const value = read(text);
    if (value === null) reject(key, text);
    return value;
  };
  const many = <T>(key: string, items: string[], read: (text: string) => T | null): T[] => {
    const out: T[] = [];
    for (const item of items) {
      const value = read(item);
      if (value === null) reject(key, item);
      else out.push(value);
    }
    return out;
  };

  const params: Partial<AnalysisParams> = {};
  for (const [key, value] of many('p', listOf(q.get('p')), paramOf)) params[key] = value;
  return {
    link: {
      camera: single('c', cameraOf),
      language: single('lang', (t) => (includes(['zh', 'en'] as const, t) ? t : null)),
      theme: single('theme', (t) => (includes(THEMES, t) ? t : null)),
      numericField: single('field', (t) => (includes(COLUMN_FIELDS, t) ? t : null)),
      extrusion: single('ext', (t) => (includes(EXTRUSIONS, t) ? t : null)),
      subparks: listOf(q.get('sp')),
      categories: many('cat', listOf(q.get('cat')), (c) => (includes(LAND_USE_CATEGORIES, c) ? c : null)),
      flags: many('flag', listOf(q.get('flag')), (f) => (includes(FLAG_NAMES, f) ? f : null)),
      statuses: many('st', listOf(q.get('st')), (t) => (t === '0' || t === '1' ? Number(t) : null)),
      ranges: many('rg', (q.get('rg') ?? '').split(';').filter(Boolean), rangeOf),
      selectedId: q.get('sel') || null,
      asOf: single('asof', (t) => (parseIsoDay(t) !== null ? t : null)),
      params,
    },
    rejected,
  };
}

/** The valid parts of a link; see readLinkState for what was left out. */
export function linkStateOfHash(hash: string): LinkState {
  return readLinkState(hash).link;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function hashOfLinkState(s: LinkState): string {
  const q = new URLSearchParams();
  if (s.camera) q.set('c', [round(s.camera.center[0], 5), round(s.camera.center[1], 5), round(s.camera.zoom, 2), round(s.camera.pitch, 1), round(s.camera.bearing, 1)].join(','));
  if (s.language) q.set('lang', s.language);
  if (s.theme) q.set('theme', s.theme);
  if (s.numericField && s.theme === 'numeric') q.set('field', s.numericField);
  if (s.extrusion && s.extrusion !== 'none') q.set('ext', s.extrusion);
  if (s.subparks.length) q.set('sp', s.subparks.join(','));
  if (s.categories.length) q.set('cat', s.categories.join(','));
  if (s.flags.length) q.set('flag', s.flags.join(','));
  if (s.statuses.length) q.set('st', s.statuses.join(','));
  if (s.ranges.length) q.set('rg', s.ranges.map((r) => `${r.field}:${r.min ?? ''}:${r.max ?? ''}`).join(';'));
  if (s.selectedId) q.set('sel', s.selectedId);
  if (s.asOf) q.set('asof', s.asOf);
  const changed = Object.entries(s.params).filter(([k, v]) => DEFAULT_PARAMS[k as keyof AnalysisParams] !== v);
  if (changed.length) q.set('p', changed.map(([k, v]) => `${k}:${v}`).join(','));
  return '#' + q.toString();
}
