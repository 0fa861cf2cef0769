import { create } from 'zustand';
import type { FlagName, LandUseCategory } from '../../src/index.ts';
import type { ColumnField } from '../worker/protocol.ts';

export interface NumericRange {
  field: ColumnField;
  /** Inclusive bounds; null = open. */
  min: number | null;
  max: number | null;
}

/** Empty lists mean "no restriction". */
export interface FilterState {
  subparks: string[];
  categories: LandUseCategory[];
  flags: FlagName[];
  /** 0 supplied, 1 approved-unsupplied. */
  statuses: number[];
  ranges: NumericRange[];
}

export const EMPTY_FILTERS: Readonly<FilterState> = Object.freeze({ subparks: [], categories: [], flags: [], statuses: [], ranges: [] });

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const toggleSubpark = (s: FilterState, key: string): FilterState => ({ ...s, subparks: toggled(s.subparks, key) });
export const setSubparks = (s: FilterState, keys: string[]): FilterState => ({ ...s, subparks: [...keys] });
export const toggleCategory = (s: FilterState, c: LandUseCategory): FilterState => ({ ...s, categories: toggled(s.categories, c) });
export const toggleFlag = (s: FilterState, f: FlagName): FilterState => ({ ...s, flags: toggled(s.flags, f) });
export const toggleStatus = (s: FilterState, status: number): FilterState => ({ ...s, statuses: toggled(s.statuses, status) });
export const setRange = (s: FilterState, range: NumericRange): FilterState => ({
  ...s,
  ranges: s.ranges.some((r) => r.field === range.field) ? s.ranges.map((r) => (r.field === range.field ? range : r)) : [...s.ranges, range],
});
export const removeRange = (s: FilterState, field: ColumnField): FilterState => ({ ...s, ranges: s.ranges.filter((r) => r.field !== field) });
export const clearFilters = (_s: FilterState): FilterState => ({ ...EMPTY_FILTERS, ranges: [] });

export function isFilterActive(s: FilterState): boolean {
  return s.subparks.length + s.categories.length + s.flags.length + s.statuses.length + s.ranges.length > 0;
}

export const useFilterStore = create<FilterState>()(() => ({ ...EMPTY_FILTERS, ranges: [] }));
