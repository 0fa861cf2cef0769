/**
 * How numbers appear in reports. Areas and distances are rounded to 0.01 (m², m): more digits are
 * noise from the projection. Shares and FAR are written in full (the shortest text that reads back
 * as the same double): a share of 0.30000000000000004 flagged over a 0.30 cap must not print as
 * 0.3, or a reader comparing the report with the limit would see a flag that seems wrong.
 * Not-a-number (not applicable) and infinities are written as null (JSON) or an empty cell (CSV).
 */

/** JSON text of an area or distance, rounded to 0.01; 'null' when not finite. */
export function roundedJson(value: number): string {
  if (!Number.isFinite(value)) return 'null';
  return String(Math.round(value * 100) / 100);
}

/** JSON text of a share, FAR or other exact value, in full precision; 'null' when not finite. */
export function exactJson(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

/** Keys of report objects whose numbers are areas or distances (rounded), by unit suffix. */
export function isRoundedKey(key: string): boolean {
  return key.endsWith('M2') || key.endsWith('M');
}

/**
 * JSON.stringify replacer for nested report objects (indicators, parameters): rounds areas and
 * distances by key, keeps the rest exact, writes non-finite numbers as null.
 */
export function reportNumberReplacer(key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (!Number.isFinite(value)) return null;
  return isRoundedKey(key) ? Math.round(value * 100) / 100 : value;
}
