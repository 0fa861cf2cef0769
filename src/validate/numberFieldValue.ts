import { SHARE_FIELDS } from '../schema/index.ts';
import { describeValue } from './describeValue.ts';
import type { FeatureLog } from './featureLog.ts';

const NUMERIC_STRING = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const SHARES: ReadonlySet<string> = new Set(SHARE_FIELDS);

/**
 * The value of a numeric plot field, NaN when missing or unusable (field-level policy: a bad value
 * makes the field missing with a warning; the plot stays).
 *
 * Decisions: null means "no data" (GIS exports write it for empty cells) and is silent. A plain
 * numeric string ("1200") is accepted with a warning, since spreadsheet-made GeoJSON often quotes
 * numbers and the value is unambiguous; anything else ("1,200", "1200㎡", true) is rejected.
 * Every field is non-negative; shares must lie in 0..1.
 */
export function numberFieldValue(value: unknown, field: string, log: FeatureLog): number {
  if (value === undefined || value === null) return NaN;
  if (typeof value === 'number') return jsonNumberFieldValue(value, field, log);
  if (typeof value === 'string' && NUMERIC_STRING.test(value)) {
    const n = Number(value);
    if (!Number.isFinite(n)) {
      log.warn('invalid-number', field, `${field} is ${describeValue(value)}, too large to be a number; treated as missing`);
      return NaN;
    }
    log.warn('numeric-string', field, `${field} is the string ${describeValue(value)}; read as the number ${n} (write numbers without quotes)`);
    return rangeCheckedValue(n, field, log);
  }
  log.warn('invalid-number', field, `${field} is ${describeValue(value)}, not a number; treated as missing`);
  return NaN;
}

/** numberFieldValue of a value that is a number (the byte reader's, unboxed). */
export function jsonNumberFieldValue(n: number, field: string, log: FeatureLog): number {
  if (!Number.isFinite(n)) {
    log.warn('invalid-number', field, `${field} is ${n}, not a finite number; treated as missing`);
    return NaN;
  }
  return rangeCheckedValue(n, field, log);
}

function rangeCheckedValue(n: number, field: string, log: FeatureLog): number {
  if (n < 0) {
    log.warn('negative-number', field, `${field} is ${n}; it cannot be negative, treated as missing`);
    return NaN;
  }
  if (SHARES.has(field) && n > 1) {
    const hint = n <= 100 ? ` (if it is a percentage, write ${n / 100} for ${n}%)` : '';
    log.warn('share-out-of-range', field, `${field} is ${n}, outside the share range 0..1${hint}; treated as missing`);
    return NaN;
  }
  return n;
}
