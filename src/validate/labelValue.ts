import { describeValue } from './describeValue.ts';
import type { FeatureLog } from './featureLog.ts';

/**
 * A label field (name, enterprise) as a string, '' when missing. Numbers and booleans are
 * stringified with a warning; objects and arrays carry no usable label and are dropped with a warning.
 */
export function labelValue(value: unknown, field: string, log: FeatureLog): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    log.warn('non-string-label', field, `${field} is ${describeValue(value)}, not a string; kept as "${String(value)}"`);
    return String(value);
  }
  log.warn('non-string-label', field, `${field} is ${describeValue(value)}, not a string; ignored`);
  return '';
}
