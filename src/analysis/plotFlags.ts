import { FLAG_BIT, type AnalysisParams, type PlotColumns, type PlotTable } from '../schema/index.ts';
import { amenityShareOf, otherShareOf } from './rules/mixedUse.ts';
import { farLandAreaM2, farOf, farTargetOf } from './rules/lowFar.ts';
import { failedEvaluationYearOf, weakYearsOf } from './rules/weak.ts';
import { idleReasonOf } from './rules/idle.ts';
import { CATEGORY_INDEX } from './categories.ts';

/**
 * The per-plot rules (everything but blocks): fills far, shares, potential floor area and the flag
 * bits of `columns` in one pass over the rows (or over `rows` only).
 */
export function applyPlotRules(
  table: PlotTable,
  columns: PlotColumns,
  params: AnalysisParams,
  asOfDay: number,
  asOfYear: number,
  rows?: ArrayLike<number>,
): void {
  const { far, otherShare, amenityShare, potentialGfaM2, flags, areaM2 } = columns;
  const { industrial, rnd } = CATEGORY_INDEX;
  const vacancy = table.numeric.vacancyRate;
  // Hoisted: module bindings read inside a hot loop cost a getter call each under some loaders.
  const MIXED = FLAG_BIT['mixed-use-over-30'];
  const AMENITY = FLAG_BIT['mixed-use-amenity-over-15'];
  const LOW_FAR = FLAG_BIT['low-far'];
  const UNSUPPLIED = FLAG_BIT['approved-unsupplied'];
  const IDLE = FLAG_BIT['idle-land'];
  const VACANT = FLAG_BIT['vacant-building'];
  const WEAK = FLAG_BIT.weak;
  const FAILED = FLAG_BIT['evaluation-failed'];
  const n = rows ? rows.length : table.count;
  for (let i = 0; i < n; i++) {
    const row = rows ? rows[i] : i;
    let mask = 0;
    const category = table.landUseCategory[row];
    const singleUse = category === industrial || category === rnd;
    const landArea = farLandAreaM2(table, row, areaM2[row]);
    far[row] = farOf(table, row, landArea);
    otherShare[row] = NaN;
    amenityShare[row] = NaN;
    potentialGfaM2[row] = NaN;
    if (singleUse) {
      const other = otherShareOf(table, row);
      const amenity = amenityShareOf(table, row);
      otherShare[row] = other;
      amenityShare[row] = amenity;
      if (other > params.mixedUseOtherMax) mask |= MIXED;
      if (amenity > params.mixedUseAmenityMax) mask |= AMENITY;
      const target = farTargetOf(table, row, params);
      if (table.landStatus[row] === 0 && far[row] < target) {
        mask |= LOW_FAR;
        potentialGfaM2[row] = (target - far[row]) * landArea;
      }
    }
    if (table.landStatus[row] === 1) mask |= UNSUPPLIED;
    if (idleReasonOf(table, row, asOfDay, params.idleYears)) mask |= IDLE;
    if (vacancy[row] >= params.vacancyThreshold) mask |= VACANT;
    if (failedEvaluationYearOf(table, row, asOfYear) !== null) mask |= FAILED;
    if (weakYearsOf(table, row, asOfYear, params.weakYears)) mask |= WEAK;
    flags[row] = mask;
  }
}
