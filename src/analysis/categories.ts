import { LAND_USE_CATEGORIES, type LandUseCategory } from '../schema/index.ts';

/** Index of each land-use category in PlotTable.landUseCategory. */
export const CATEGORY_INDEX: Readonly<Record<LandUseCategory, number>> = Object.freeze(
  Object.fromEntries(LAND_USE_CATEGORIES.map((c, i) => [c, i])) as Record<LandUseCategory, number>,
);

/** Categories where enterprises produce output; economic indicators are measured over these. */
export const ENTERPRISE_CATEGORIES: readonly LandUseCategory[] = ['industrial', 'rnd', 'logistics', 'commercial', 'office'];
