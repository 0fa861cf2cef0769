import { MISSING_DAY, type DateField } from '../schema/index.ts';
import { describeValue } from './describeValue.ts';
import type { FeatureLog } from './featureLog.ts';
import { parseIsoDay } from './isoDay.ts';

/** A local copy: tsx compiles imported bindings to getter calls, and this runs per field per plot. */
const NO_DAY = MISSING_DAY;
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

/**
 * Day number of a date field, MISSING_DAY when missing or unusable (with a warning; the plot stays).
 * A date-time ("2020-03-01T00:00:00Z", as GIS tools export date columns) is cut to its written date
 * with a warning; no time zone is applied, since the date as written is what the contract means.
 */
export function dateFieldValue(value: unknown, field: DateField, log: FeatureLog): number {
  if (value === undefined || value === null) return NO_DAY;
  if (typeof value !== 'string') {
    log.warn('invalid-date', field, `${field} is ${describeValue(value)}, not an ISO date YYYY-MM-DD; treated as missing`);
    return NO_DAY;
  }
  const text = value.trim();
  const day = parseIsoDay(text);
  if (day !== null) return day;
  if (ISO_SHAPE.test(text)) {
    log.warn('invalid-date', field, `${field} is ${describeValue(value)}, a day that does not exist; treated as missing`);
    return NO_DAY;
  }
  const withTime = ISO_WITH_TIME.exec(text);
  if (withTime) {
    const datePart = parseIsoDay(withTime[1]);
    if (datePart !== null) {
      log.warn('date-time-truncated', field, `${field} is ${describeValue(value)}; only the date ${withTime[1]} is used`);
      return datePart;
    }
  }
  log.warn('invalid-date', field, `${field} is ${describeValue(value)}, not an ISO date YYYY-MM-DD; treated as missing`);
  return NO_DAY;
}
