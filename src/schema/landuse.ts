/** Land-use categories (DOMAIN.md §4). The index order is part of the worker wire format. */
export const LAND_USE_CATEGORIES = [
  'industrial',
  'rnd',
  'logistics',
  'commercial',
  'office',
  'residential',
  'public',
  'green',
  'road',
  'utility',
  'water',
  'vacant',
  'other',
] as const;
export type LandUseCategory = (typeof LAND_USE_CATEGORIES)[number];

export interface LandUseEntry {
  code: string;
  category: LandUseCategory;
  nameZh: string;
  nameEn: string;
  /** '#rrggbb' */
  color: string;
  /** Which code system the code belongs to. */
  system: 'national-2023' | 'gb50137-2011' | 'shanghai';
  /** Why a code maps to its category where that is a choice (e.g. the same code in two systems). */
  note?: string;
}

/** Categories to which the mixed-use caps and FAR targets apply (single-use industrial land). */
export const SINGLE_USE_INDUSTRIAL: readonly LandUseCategory[] = ['industrial', 'rnd'];
