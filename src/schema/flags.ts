/**
 * Policy flags (DOMAIN.md §5). The bit order is part of the worker wire format and the saved-state schema:
 * append new flags at the end, never reorder.
 */
export const FLAG_NAMES = [
  'small-block',
  'scattered-block',
  'weak',
  'removal-candidate',
  'mixed-use-over-30',
  'mixed-use-amenity-over-15',
  'low-far',
  'approved-unsupplied',
  'idle-land',
  'vacant-building',
  'evaluation-failed',
] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

export const FLAG_BIT: Readonly<Record<FlagName, number>> = Object.freeze(
  Object.fromEntries(FLAG_NAMES.map((name, i) => [name, 1 << i])) as Record<FlagName, number>,
);

/** Flag names of a bitmask, sorted by name as the report contract asks. */
export function flagNamesOfMask(mask: number): FlagName[] {
  const names: FlagName[] = [];
  for (let i = 0; i < FLAG_NAMES.length; i++) if (mask & (1 << i)) names.push(FLAG_NAMES[i]);
  return names.sort();
}
