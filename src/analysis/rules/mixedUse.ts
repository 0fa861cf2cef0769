import type { PlotTable } from '../../schema/index.ts';

/**
 * Shares of above-ground floor area (沪府规〔2021〕9号 五.(二)). One division each, so a share that
 * is exactly at a limit compares equal to it rather than drifting by a rounding error.
 * NaN when the rule does not apply (not industrial/R&D, or no positive gfaAboveM2).
 */
export function otherShareOf(table: PlotTable, row: number): number {
  const above = table.numeric.gfaAboveM2[row];
  if (!(above > 0)) return NaN;
  const other = table.numeric.gfaOtherM2[row];
  const amenity = table.numeric.gfaAmenityM2[row];
  return ((other >= 0 ? other : 0) + (amenity >= 0 ? amenity : 0)) / above;
}

export function amenityShareOf(table: PlotTable, row: number): number {
  const above = table.numeric.gfaAboveM2[row];
  if (!(above > 0)) return NaN;
  const amenity = table.numeric.gfaAmenityM2[row];
  return (amenity >= 0 ? amenity : 0) / above;
}
