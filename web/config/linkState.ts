import { DEFAULT_PARAMS, FLAG_NAMES, resolveParams, LAND_USE_CATEGORIES, type AnalysisParams, type FlagName, type LandUseCategory } from '../../src/index.ts';
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

function listOf(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function numberOrNull(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export function linkStateOfHash(hash: string): LinkState {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const cam = (q.get('c') ?? '').split(',').map(Number);
  const camera = cam.length === 5 && cam.every(Number.isFinite)
    ? { center: [cam[0], cam[1]] as [number, number], zoom: cam[2], pitch: cam[3], bearing: cam[4] }
    : null;
  const params: Partial<AnalysisParams> = {};
  for (const part of listOf(q.get('p'))) {
    const [key, value] = part.split(':');
    const n = numberOrNull(value);
    if (!(key in DEFAULT_PARAMS)) continue;
    // Numbers for the thresholds, a checked word for the balance rule's choices.
    if (typeof DEFAULT_PARAMS[key as keyof AnalysisParams] === 'number') {
      if (n !== null) Object.assign(params, { [key]: n });
    } else if (resolveParams({ [key]: value }).ok) Object.assign(params, { [key]: value });
  }
  const ranges: NumericRange[] = [];
  for (const part of (q.get('rg') ?? '').split(';').filter(Boolean)) {
    const [field, min, max] = part.split(':');
    if ((COLUMN_FIELDS as readonly string[]).includes(field)) ranges.push({ field: field as ColumnField, min: numberOrNull(min), max: numberOrNull(max) });
  }
  const asOf = q.get('asof');
  return {
    camera,
    language: oneOf(q.get('lang'), ['zh', 'en'] as const),
    theme: oneOf(q.get('theme'), THEMES),
    numericField: oneOf(q.get('field'), COLUMN_FIELDS),
    extrusion: oneOf(q.get('ext'), EXTRUSIONS),
    subparks: listOf(q.get('sp')),
    categories: listOf(q.get('cat')).filter((c): c is LandUseCategory => (LAND_USE_CATEGORIES as readonly string[]).includes(c)),
    flags: listOf(q.get('flag')).filter((f): f is FlagName => (FLAG_NAMES as readonly string[]).includes(f)),
    statuses: listOf(q.get('st')).map(Number).filter((n) => n === 0 || n === 1),
    ranges,
    selectedId: q.get('sel'),
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
    params,
  };
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
