import { OUTSIDE_SUBPARK } from '../schema/index.ts';
import { describeValue } from './describeValue.ts';
import type { FeatureLog } from './featureLog.ts';

/**
 * The plot (or sub-park) id, or null (error logged) when there is none. A number is stringified with a warning;
 * when `properties.id` is absent, the GeoJSON Feature's own `id` member is used with a warning.
 */
export function plotIdValue(value: unknown, featureId: unknown, log: FeatureLog, what = 'plot'): string | null {
  if (value === undefined || value === null) {
    if (typeof featureId === 'string' && featureId.trim() !== '') {
      log.warn('id-from-feature', 'id', `properties.id is missing; used the Feature's id ${describeValue(featureId)}`);
      return featureId;
    }
    if (typeof featureId === 'number' && Number.isFinite(featureId)) {
      log.warn('id-from-feature', 'id', `properties.id is missing; used the Feature's id ${featureId} as "${featureId}"`);
      return String(featureId);
    }
    log.error('missing-id', 'id', `${what} has no id (properties.id); every ${what} needs a unique string id`);
    return null;
  }
  if (typeof value === 'string') {
    if (value.trim() === '') {
      log.error('missing-id', 'id', `${what} id is ${describeValue(value)}, empty; every ${what} needs a unique string id`);
      return null;
    }
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    log.warn('numeric-id', 'id', `id is the number ${value}; used as the string "${value}"`);
    return String(value);
  }
  log.error('invalid-id', 'id', `id is ${describeValue(value)}, not a string`);
  return null;
}

/**
 * The sub-park key. null or "" is a plot outside every sub-park (DOMAIN.md §4): the key
 * OUTSIDE_SUBPARK, silently. Numbers are stringified with a warning. A missing or unusable value
 * warns and reads as outside too: the plot keeps its plot rules and stays on the map, where a user
 * sees it, instead of vanishing with its sub-park unknown.
 */
export function subparkIdValue(value: unknown, log: FeatureLog): string {
  if (value === null || value === '') return OUTSIDE_SUBPARK;
  if (typeof value === 'string') {
    if (value.trim() !== '') return value;
    log.warn('blank-subpark-id', 'subparkId', `subparkId is ${describeValue(value)}, only spaces; read as outside every sub-park (null)`);
    return OUTSIDE_SUBPARK;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    log.warn('numeric-subpark-id', 'subparkId', `subparkId is the number ${value}; used as the string "${value}"`);
    return String(value);
  }
  if (value === undefined) {
    log.warn('missing-subpark-id', 'subparkId', 'plot has no subparkId; read as outside every sub-park (write null for that on purpose)');
    return OUTSIDE_SUBPARK;
  }
  log.warn('invalid-subpark-id', 'subparkId', `subparkId is ${describeValue(value)}, not a string; read as outside every sub-park (null)`);
  return OUTSIDE_SUBPARK;
}

/**
 * The land-use code as a string, '' when missing or unusable (warning logged). Numbers are
 * stringified with a warning: a national code stored as a number lost its leading zero (802 for
 * 0802), which the land-use lookup restores.
 */
export function landUseCodeValue(value: unknown, log: FeatureLog): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    log.warn('numeric-land-use', 'landUse', `landUse is the number ${value}; read as the code "${value}" (write codes as strings, e.g. "0802")`);
    return String(value);
  }
  if (value === undefined || value === null || typeof value === 'string') {
    log.warn('missing-land-use', 'landUse', `plot has no landUse (${describeValue(value)}); classified as "other"`);
    return '';
  }
  log.warn('invalid-land-use', 'landUse', `landUse is ${describeValue(value)}, not a code; classified as "other"`);
  return '';
}
