import type { AnalysisParams, PlotTable } from '../../schema/index.ts';
import { CATEGORY_INDEX } from '../categories.ts';

const INDUSTRIAL = CATEGORY_INDEX.industrial;
const RND = CATEGORY_INDEX.rnd;

/** FAR target for a row's category, or NaN when the category has none. */
export function farTargetOf(table: PlotTable, row: number, params: AnalysisParams): number {
  const c = table.landUseCategory[row];
  if (c === INDUSTRIAL) return params.farTargetIndustrial;
  if (c === RND) return params.farTargetRnd;
  return NaN;
}

/** Land area used for FAR: the declared landAreaM2 when given, else the geometric area. */
export function farLandAreaM2(table: PlotTable, row: number, geometricAreaM2: number): number {
  const declared = table.numeric.landAreaM2[row];
  return declared > 0 ? declared : geometricAreaM2;
}

/** FAR (容积率) when gfaAboveM2 is given (0 counts), else NaN. */
export function farOf(table: PlotTable, row: number, landAreaM2: number): number {
  const gfa = table.numeric.gfaAboveM2[row];
  if (!(gfa >= 0) || !(landAreaM2 > 0)) return NaN;
  return gfa / landAreaM2;
}
