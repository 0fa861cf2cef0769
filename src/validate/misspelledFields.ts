import { DATE_FIELDS, NUMERIC_FIELDS } from '../schema/index.ts';
import type { FeatureLog } from './featureLog.ts';

/** Every property name of the plot contract (DOMAIN.md §4). */
export const PLOT_FIELDS: readonly string[] = [
  'id', 'subparkId', 'landUse', 'name', 'enterprise', 'landStatus', 'evaluations', 'rectification', ...NUMERIC_FIELDS, ...DATE_FIELDS,
];

const CONTRACT: ReadonlySet<string> = new Set(PLOT_FIELDS);

/** Case, `_`, `-` and spaces folded away: `subpark_id`, `SubparkID` and `landarea_m2` meet their field. */
function foldedName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]/g, '');
}

const BY_FOLDED: ReadonlyMap<string, string> = new Map(PLOT_FIELDS.map((f) => [foldedName(f), f]));

/**
 * Warns about properties that are not contract fields but fold to one: they are almost surely that
 * field misspelled, and would otherwise be ignored without a word. Other extra properties are fine.
 */
export function reportMisspelledFields(properties: object, log: FeatureLog): void {
  // for-in rather than Object.keys: no array per plot on the hot path.
  for (const key in properties) {
    if (CONTRACT.has(key) || !Object.hasOwn(properties, key)) continue;
    warnIfMisspelled(key, log);
  }
}

/** The same for the property names, other than contract fields, that the byte reader found (in order, each once). */
export function reportMisspelledKeys(otherKeys: readonly string[], log: FeatureLog): void {
  for (let i = 0; i < otherKeys.length; i++) warnIfMisspelled(otherKeys[i], log);
}

function warnIfMisspelled(key: string, log: FeatureLog): void {
  const expected = BY_FOLDED.get(foldedName(key));
  if (expected) {
    log.warn('unknown-field-similar-to', key, `property "${key.slice(0, 60)}" is not a contract field and is ignored; did you mean "${expected}"?`);
  }
}
