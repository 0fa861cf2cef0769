import type { InputIssue, SubparkProperties } from '../schema/index.ts';
import { describeValue } from './describeValue.ts';
import { FeatureLog } from './featureLog.ts';
import { GeometryBuffers } from './geometryBuffers.ts';
import { GeometryWriter } from './geometryWriter.ts';
import { plotIdValue } from './identityFields.ts';
import { labelValue } from './labelValue.ts';
import { numberFieldValue } from './numberFieldValue.ts';
import { polygonCoordinates, type Position } from './tableToFeatureCollection.ts';

export const MAX_LEADING_INDUSTRIES = 3;

export interface SubparkFeature {
  type: 'Feature';
  /** As checked and normalised like plot geometry: rings closed, outer CCW, holes CW. */
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
  properties: SubparkProperties;
}

/**
 * Validates a sub-park boundary FeatureCollection with the plot policy (plotTableBuilder.ts):
 * no id, a duplicate id or bad geometry drops the sub-park (error); field problems warn and the
 * field falls back (name → the id, nameEn/district → '', approvedAreaKm2 → NaN, extra leading
 * industries beyond three are left out, non-numeric targets are left out).
 */
export function validateSubparks(featureCollection: unknown): { subparks: SubparkFeature[]; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const subparks: SubparkFeature[] = [];
  const fc = featureCollection as { features?: unknown } | null;
  if (typeof fc !== 'object' || fc === null || Array.isArray(fc) || !Array.isArray(fc.features)) {
    issues.push({
      index: -1, id: null, severity: 'error', code: 'not-a-feature-collection', field: null,
      message: `sub-park file is ${describeValue(featureCollection)}, not a GeoJSON FeatureCollection with a "features" array`,
    });
    return { subparks, issues };
  }
  const log = new FeatureLog(issues);
  const firstIndexById = new Map<string, number>();
  fc.features.forEach((feature: unknown, index) => {
    log.begin(index);
    try {
      const subpark = checkedSubpark(feature, index, log, firstIndexById);
      if (subpark && log.errorCount === 0) subparks.push(subpark);
    } catch (e) {
      log.error('internal-error', null, `validation failed unexpectedly on this sub-park (${describeValue(String(e))}); it was left out`);
    }
  });
  return { subparks, issues };
}

function checkedSubpark(feature: unknown, index: number, log: FeatureLog, firstIndexById: Map<string, number>): SubparkFeature | null {
  if (typeof feature !== 'object' || feature === null || Array.isArray(feature)) {
    log.error('not-an-object', null, `feature is ${describeValue(feature)}, not a GeoJSON Feature object`);
    return null;
  }
  const f = feature as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
  if (f.type !== 'Feature') {
    log.error('not-a-feature', null, `feature type is ${describeValue(f.type)}, not "Feature"`);
    return null;
  }
  if (typeof f.properties !== 'object' || f.properties === null || Array.isArray(f.properties)) {
    log.error('missing-properties', null, `sub-park properties are ${describeValue(f.properties)}, not an object`);
    return null;
  }
  const p = f.properties as Record<string, unknown>;
  const id = plotIdValue(p.id, f.id, log, 'sub-park');
  if (id !== null) {
    log.setId(id);
    const first = firstIndexById.get(id);
    if (first !== undefined) log.error('duplicate-id', 'id', `sub-park id ${describeValue(id)} is already used by the feature at index ${first}`);
    else firstIndexById.set(id, index);
  }
  let name = labelValue(p.name, 'name', log);
  if (name === '' && id !== null) {
    log.warn('missing-name', 'name', `sub-park has no Chinese name; its id "${id}" is shown instead`);
    name = id;
  }
  const properties: SubparkProperties = {
    id: id ?? '',
    name,
    nameEn: labelValue(p.nameEn, 'nameEn', log),
    district: labelValue(p.district, 'district', log),
    approvedAreaKm2: numberFieldValue(p.approvedAreaKm2, 'approvedAreaKm2', log),
    leadingIndustries: leadingIndustriesValue(p.leadingIndustries, log),
    ...targetsValue(p.targets, p.targetsYear, log),
  };
  const buffers = new GeometryBuffers();
  const areaM2 = new GeometryWriter(buffers, log).write(f.geometry);
  if (Number.isNaN(areaM2) || id === null) return null;
  const polygons: Position[][][] = [];
  for (let k = 0; k < buffers.polygonCount; k++) polygons.push(polygonCoordinates(buffers, k));
  const geometry: SubparkFeature['geometry'] =
    polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
  return { type: 'Feature', geometry, properties };
}

function leadingIndustriesValue(value: unknown, log: FeatureLog): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    log.warn('invalid-leading-industries', 'leadingIndustries', `leadingIndustries is the string ${describeValue(value)}, not an array; read as one industry`);
    return value.trim() === '' ? [] : [value];
  }
  if (!Array.isArray(value)) {
    log.warn('invalid-leading-industries', 'leadingIndustries', `leadingIndustries is ${describeValue(value)}, not an array of strings; ignored`);
    return [];
  }
  const industries: string[] = [];
  let nonStrings = 0;
  for (const item of value) {
    if (typeof item === 'string' && item.trim() !== '') industries.push(item);
    else nonStrings++;
  }
  if (nonStrings > 0) {
    log.warn('invalid-leading-industries', 'leadingIndustries', `${nonStrings} leadingIndustries entr${nonStrings === 1 ? 'y is' : 'ies are'} not a name; left out`);
  }
  if (industries.length > MAX_LEADING_INDUSTRIES) {
    const dropped = industries.slice(MAX_LEADING_INDUSTRIES).map((s) => describeValue(s)).join(', ');
    log.warn(
      'too-many-leading-industries',
      'leadingIndustries',
      `${industries.length} leading industries given; at most ${MAX_LEADING_INDUSTRIES} are allowed, left out: ${dropped}`.slice(0, 300),
    );
    return industries.slice(0, MAX_LEADING_INDUSTRIES);
  }
  return industries;
}

/** A target year: a whole year 1990..2100, else null (warning logged when one was given). */
function targetYearValue(value: unknown, field: string, log: FeatureLog): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1990 && value <= 2100) return value;
  log.warn('invalid-target-year', field, `${field} is ${describeValue(value)}, not a year; the target is shown without one`);
  return null;
}

/**
 * Targets as `indicator → number` or `indicator → { value, year }`; a bare number takes the
 * sub-park's `targetsYear`. Bad values warn and are left out; a bad year keeps the value without one.
 */
function targetsValue(value: unknown, defaultYear: unknown, log: FeatureLog): { targets: Record<string, number>; targetYears: Record<string, number> } {
  const targets: Record<string, number> = {};
  const targetYears: Record<string, number> = {};
  const result = { targets, targetYears };
  if (value === undefined || value === null) return result;
  if (typeof value !== 'object' || Array.isArray(value)) {
    log.warn('invalid-targets', 'targets', `targets is ${describeValue(value)}, not an object of indicator → number or { value, year }; ignored`);
    return result;
  }
  const sharedYear = targetYearValue(defaultYear, 'targetsYear', log);
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (key === '__proto__') {
      log.warn('invalid-targets', 'targets', 'targets has a "__proto__" key, which cannot be an indicator; ignored');
      continue;
    }
    const field = `targets.${key.slice(0, 60)}`;
    const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
    if (isObject && (raw as { value?: unknown }).value === undefined) {
      log.warn('invalid-targets', field, `${field} is ${describeValue(raw)}, without a "value"; left out`);
      continue;
    }
    const n = numberFieldValue(isObject ? (raw as { value?: unknown }).value : raw, isObject ? `${field}.value` : field, log);
    if (Number.isNaN(n)) continue;
    targets[key] = n;
    const year = isObject ? targetYearValue((raw as { year?: unknown }).year, `${field}.year`, log) ?? sharedYear : sharedYear;
    if (year !== null) targetYears[key] = year;
  }
  return result;
}
