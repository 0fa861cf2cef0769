import { SHARE_FIELDS, DATE_FIELDS, type NumericField } from '../../schema/index.ts';
import { geoJsonPolygonAreaM2 } from '../../geo/ringArea.ts';
import { CONTRACT_FIELDS, parseFieldKey, recogniseColumn, splitUnit, type ColumnUnit } from './fieldNames.ts';
import { dateValue, isNoValue, landStatusValue, numberValue, passValue, rectificationValue, textValue } from './fieldValues.ts';

/**
 * `--fields`: a §4 field (or `evaluations.YYYY`, `far`) → the source column, or `{column, unit}`
 * when the unit is not in the column's name (公顷, 亩, 平方米, 万元, 元, 亿元, %), or null: read the
 * field from no column (a column recognised by its name for it is then left unmatched).
 */
export type FieldMapInput = Readonly<Record<string, string | { column: string; unit: string } | null>>;

/** What the mapping did, for the report's `input` member. */
export interface FieldMappingSummary {
  /** field (`evaluations.2024` for a year column) → the column it was read from. */
  fieldMap: Record<string, string>;
  /** Columns that fill no field, each once, in the order first seen. */
  unmatchedColumns: string[];
}

/** Problems the mapper finds itself (the builder checks everything else). */
export type MappingIssue = (field: string, code: string, message: string) => void;

interface ColumnPlan {
  field: string;
  year?: number;
  /** To the field's unit (m², 万元, share 0..1): multiply by `factor`, then divide by `divisor`. */
  factor: number;
  divisor: number;
  /** A §4-named GeoJSON property: handed on as it is, so the builder judges it as before. */
  passThrough: boolean;
}

const AREA_FIELDS = new Set(['landAreaM2', 'gfaAboveM2', 'gfaOtherM2', 'gfaAmenityM2']);
const MONEY_FIELDS = new Set(['revenue', 'tax', 'valueAdded', 'rdSpend']);
const TEXT_FIELDS = new Set(['id', 'subparkId', 'name', 'enterprise']);
const DATE_FIELD_SET: ReadonlySet<string> = new Set(DATE_FIELDS);
const SHARE_FIELD_SET: ReadonlySet<string> = new Set<NumericField>(SHARE_FIELDS);

/**
 * [factor, divisor] to the field's unit. Dividing (by 100 for %, 1e4 for 元) rather than multiplying
 * by 0.01 keeps 50% exactly 0.5, so limits that compare exactly still do.
 */
function unitScale(field: string, unit: ColumnUnit | null): [number, number] | null {
  if (unit === null) return [1, 1];
  if (AREA_FIELDS.has(field)) return unit === 'ha' ? [10000, 1] : unit === 'mu' ? [10000, 15] : unit === 'm2' ? [1, 1] : null;
  if (MONEY_FIELDS.has(field)) return unit === 'wan-yuan' ? [1, 1] : unit === 'yuan' ? [1, 10000] : unit === 'yi-yuan' ? [10000, 1] : null;
  if (SHARE_FIELD_SET.has(field) || field === 'far') return unit === 'percent' ? [1, 100] : null;
  return null;
}

export interface FieldMapperOptions {
  /** `--fields`: read first; the columns it names are never matched by name. */
  fields?: FieldMapInput;
  /** GeoJSON: properties already named as in §4 pass unchanged (the builder reports them as before). */
  passContractNames?: boolean;
  /** A sub-park's Chinese name → its id (DOMAIN.md §9: a name is accepted for the id). */
  subparkNames?: Readonly<Record<string, string>>;
}

export interface FieldMapper {
  /** The contract properties of one feature's source properties; `geometry` is needed only to derive gfaAboveM2 from 容积率. */
  map(properties: Record<string, unknown>, geometry: unknown, issue: MappingIssue): Record<string, unknown>;
  /** Plans the columns without values (the import step's suggestion). */
  observe(columns: readonly string[]): void;
  summary(): FieldMappingSummary;
  /**
   * Whether a property of this name reaches validation as it is (GeoJSON: a §4 name, or one the
   * mapping ignores); plans the column as `map` would, so ask in the order `map` sees columns.
   */
  passesUnchanged(column: string): boolean;
  /** True when nothing needs renaming or converting (GeoJSON named as §4): features can pass as they are. */
  readonly identity: boolean;
}

/** Validates a parsed `--fields` object; throws Error with one sentence. */
export function checkFieldMap(value: unknown): FieldMapInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('the field mapping must be a JSON object of field → column');
  const out: Record<string, string | { column: string; unit: string } | null> = {};
  for (const [key, column] of Object.entries(value)) {
    const parsed = parseFieldKey(key);
    if (!parsed) throw new Error(`"${key}" is not a plot field; map fields such as id, subparkId, landUse, evaluations.2024 to your columns`);
    if (column === null) out[key] = null;
    else if (typeof column === 'object' && !Array.isArray(column)) {
      const { column: name, unit } = column as { column?: unknown; unit?: unknown };
      if (typeof name !== 'string' || name === '') throw new Error(`the column for "${key}" must be a column name (text)`);
      const known = typeof unit === 'string' ? splitUnit(`x(${unit})`).unit : null;
      if (known === null || unitScale(parsed.field, known) === null) throw new Error(`the unit ${JSON.stringify(unit)} for "${key}" is not one of 公顷, 亩, 平方米, 万元, 元, 亿元, % that fits the field`);
      out[key] = { column: name, unit: unit as string };
    } else if (typeof column !== 'string' || column === '') throw new Error(`the column for "${key}" must be a column name (text), {"column": …, "unit": …}, or null for none`);
    else out[key] = column;
  }
  return out;
}

export function createFieldMapper(options: FieldMapperOptions = {}): FieldMapper {
  const plans = new Map<string, ColumnPlan | null>();
  const fieldMap: Record<string, string> = {};
  const unmatched: string[] = [];
  /** field key (`evaluations.2024`) → column, for fields already claimed. */
  const claimed = new Map<string, string>();
  const userColumns = new Map<string, string>();
  const userUnits = new Map<string, ColumnUnit | null>();
  /** Fields the user says no column fills: never recognised by name. */
  const emptyKeys: string[] = [];
  for (const [key, entry] of Object.entries(options.fields ?? {})) {
    if (entry === null) {
      emptyKeys.push(fieldKeyOf(key));
      continue;
    }
    const column = typeof entry === 'string' ? entry : entry.column;
    userColumns.set(column, key);
    if (typeof entry !== 'string') userUnits.set(column, splitUnit(`x(${entry.unit})`).unit);
  }
  const reservedKeys = new Set([...[...userColumns.values()].map(fieldKeyOf), ...emptyKeys]);
  let identity = options.fields === undefined || Object.keys(options.fields).length === 0;

  const planOf = (column: string): ColumnPlan | null => {
    const known = plans.get(column);
    if (known !== undefined) return known;
    let plan: ColumnPlan | null = null;
    const userKey = userColumns.get(column);
    const recognised = recogniseColumn(column, options.passContractNames !== true);
    const parsed = userKey ? parseFieldKey(userKey) : recognised;
    if (parsed) {
      const key = parsed.year !== undefined ? `evaluations.${parsed.year}` : parsed.field;
      const scale = unitScale(parsed.field, userUnits.get(column) ?? splitUnit(column).unit);
      const taken = claimed.has(key) || (!userKey && reservedKeys.has(key));
      if (!taken && scale !== null) {
        const passThrough = options.passContractNames === true && !userKey && CONTRACT_FIELDS.has(column);
        plan = { field: parsed.field, year: parsed.year, factor: scale[0], divisor: scale[1], passThrough };
        claimed.set(key, column);
        fieldMap[key] = column;
        if (!passThrough) identity = false;
      }
    }
    if (plan === null) unmatched.push(column);
    plans.set(column, plan);
    return plan;
  };

  const convert = (plan: ColumnPlan, value: unknown, column: string, out: Record<string, unknown>, issue: MappingIssue): void => {
    const field = plan.field;
    if (plan.passThrough) {
      out[field] = value;
      return;
    }
    if (field === 'evaluations') {
      if (plan.year === undefined) {
        out.evaluations = typeof value === 'string' ? parseJsonOr(value) : value;
        return;
      }
      const pass = passValue(value);
      if (pass === null) {
        issue('evaluations', 'invalid-evaluation', `column "${column}" holds ${JSON.stringify(value)}, neither pass (合格/达标/pass/true/1) nor fail (不合格/不达标/fail/false/0); the ${plan.year} evaluation is ignored`);
        return;
      }
      const list = Array.isArray(out.evaluations) ? (out.evaluations as unknown[]) : [];
      list.push({ year: plan.year, pass });
      out.evaluations = list;
      return;
    }
    if (TEXT_FIELDS.has(field)) {
      const text = textValue(value);
      out[field] = field === 'subparkId' && typeof text === 'string' ? (options.subparkNames?.[text] ?? text) : text;
    } else if (field === 'landUse') out[field] = typeof value === 'string' ? value.trim() : value;
    else if (field === 'landStatus') out[field] = landStatusValue(value);
    else if (field === 'rectification') out[field] = rectificationValue(value);
    else if (DATE_FIELD_SET.has(field)) out[field] = dateValue(value);
    else if (plan.divisor === 1 && SHARE_FIELD_SET.has(field) && typeof value === 'string' && /[%％]\s*$/.test(value)) {
      const n = numberValue(value.replace(/[%％]\s*$/, ''));
      out[field] = typeof n === 'number' ? n / 100 : value;
    } else {
      const n = numberValue(value);
      out[field] = typeof n === 'number' ? (n * plan.factor) / plan.divisor : n;
    }
  };

  return {
    get identity() {
      return identity;
    },
    observe(columns) {
      for (const column of columns) planOf(column);
    },
    passesUnchanged(column) {
      if (options.passContractNames !== true) return false;
      const plan = planOf(column);
      return plan === null || plan.passThrough;
    },
    map(properties, geometry, issue) {
      const keepOthers = options.passContractNames === true;
      if (keepOthers) {
        let renamed = false;
        for (const column in properties) {
          if (!Object.hasOwn(properties, column)) continue;
          const plan = planOf(column);
          if (plan !== null && !plan.passThrough) renamed = true;
        }
        // GeoJSON named as in §4: the very object goes on, so validation sees what it always saw.
        if (!renamed) return properties;
      }
      const out: Record<string, unknown> = {};
      for (const column in properties) {
        if (!Object.hasOwn(properties, column)) continue;
        const plan = planOf(column);
        const value = properties[column];
        if (plan === null) {
          // Unknown GeoJSON properties stay, so the validator can point out near-misses of §4 names.
          if (keepOthers && !(column in out)) out[column] = value;
          continue;
        }
        if (isNoValue(value) && !plan.passThrough) continue;
        convert(plan, value, column, out, issue);
      }
      if (Array.isArray(out.evaluations)) (out.evaluations as { year?: unknown }[]).sort((a, b) => Number(a.year) - Number(b.year));
      if ('far' in out) deriveFloorArea(out, geometry, issue);
      return out;
    },
    summary: () => ({ fieldMap: { ...fieldMap }, unmatchedColumns: [...unmatched] }),
  };
}

/** A `fields` key as the mapper keys claims (`evaluations.2024`, `landUse`); unknown keys as written. */
function fieldKeyOf(key: string): string {
  const parsed = parseFieldKey(key);
  return parsed ? (parsed.year !== undefined ? `evaluations.${parsed.year}` : parsed.field) : key;
}

function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** 容积率 gives gfaAboveM2 = FAR × land area when no floor area column does (declared area, else the geometry's). */
function deriveFloorArea(out: Record<string, unknown>, geometry: unknown, issue: MappingIssue): void {
  const far = out.far;
  delete out.far;
  if (out.gfaAboveM2 !== undefined) return;
  if (typeof far !== 'number' || !Number.isFinite(far) || far < 0) {
    issue('gfaAboveM2', 'invalid-number', `容积率 (FAR) ${JSON.stringify(far)} is not a number ≥ 0; above-ground floor area is missing`);
    return;
  }
  let area = typeof out.landAreaM2 === 'number' && out.landAreaM2 > 0 ? out.landAreaM2 : NaN;
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!(area > 0) && g && (g.type === 'Polygon' || g.type === 'MultiPolygon') && Array.isArray(g.coordinates)) {
    try {
      area = geoJsonPolygonAreaM2(g.type, g.coordinates as number[][][]);
    } catch {
      area = NaN;
    }
  }
  if (area > 0) out.gfaAboveM2 = far * area;
}
