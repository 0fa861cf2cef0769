import {
  FLAG_BIT,
  FLAG_NAMES,
  OUTSIDE_SUBPARK,
  type Block,
  type CoveredValue,
  type FlagName,
  type PlotColumns,
  type PlotTable,
  type SubparkIndicators,
} from '../schema/index.ts';
import { CATEGORY_INDEX, ENTERPRISE_CATEGORIES } from './categories.ts';

export const M2_PER_MU = 10000 / 15;

/** Sums over a set of plots from which every indicator is a ratio; additive, so totals merge. */
interface Sums {
  plotCount: number;
  areaM2: number;
  idleAreaM2: number;
  unsuppliedAreaM2: number;
  vacantBuildingAreaM2: number;
  potentialGfaM2: number;
  flagCounts: number[];
  singleUse: number;
  farPlots: number;
  farGfa: number;
  farLand: number;
  enterprise: number;
  revenuePlots: number;
  revenue: number;
  revenueLandM2: number;
  taxPlots: number;
  tax: number;
  taxLandM2: number;
  rdPlots: number;
  rdSpend: number;
  rdRevenue: number;
  lpPlots: number;
  valueAdded: number;
  lpEmployees: number;
  employeePlots: number;
  employees: number;
}

function emptySums(): Sums {
  return {
    plotCount: 0, areaM2: 0, idleAreaM2: 0, unsuppliedAreaM2: 0, vacantBuildingAreaM2: 0, potentialGfaM2: 0,
    flagCounts: FLAG_NAMES.map(() => 0), singleUse: 0, farPlots: 0, farGfa: 0, farLand: 0, enterprise: 0,
    revenuePlots: 0, revenue: 0, revenueLandM2: 0, taxPlots: 0, tax: 0, taxLandM2: 0, rdPlots: 0, rdSpend: 0,
    rdRevenue: 0, lpPlots: 0, valueAdded: 0, lpEmployees: 0, employeePlots: 0, employees: 0,
  };
}

const IDLE = FLAG_BIT['idle-land'];
const UNSUPPLIED = FLAG_BIT['approved-unsupplied'];
const VACANT = FLAG_BIT['vacant-building'];
const FLAG_COUNT = FLAG_NAMES.length;
const INDUSTRIAL = CATEGORY_INDEX.industrial;
const RND = CATEGORY_INDEX.rnd;

function addRow(s: Sums, table: PlotTable, cols: PlotColumns, row: number, enterpriseMask: number): void {
  const area = cols.areaM2[row];
  const declared = table.numeric.landAreaM2[row];
  const landArea = declared > 0 ? declared : area;
  const mask = cols.flags[row];
  s.plotCount++;
  s.areaM2 += area;
  if (mask & IDLE) s.idleAreaM2 += area;
  if (mask & UNSUPPLIED) s.unsuppliedAreaM2 += area;
  if (mask & VACANT) s.vacantBuildingAreaM2 += area;
  if (cols.potentialGfaM2[row] > 0) s.potentialGfaM2 += cols.potentialGfaM2[row];
  for (let f = 0; f < FLAG_COUNT; f++) if (mask & (1 << f)) s.flagCounts[f]++;

  const category = table.landUseCategory[row];
  const n = table.numeric;
  if (category === INDUSTRIAL || category === RND) {
    s.singleUse++;
    if (n.gfaAboveM2[row] > 0) {
      s.farPlots++;
      s.farGfa += n.gfaAboveM2[row];
      s.farLand += landArea;
    }
  }
  if (!(enterpriseMask & (1 << category))) return;
  s.enterprise++;
  const revenue = n.revenue[row];
  if (revenue >= 0) {
    s.revenuePlots++;
    s.revenue += revenue;
    s.revenueLandM2 += landArea;
    if (n.rdSpend[row] >= 0) {
      s.rdPlots++;
      s.rdSpend += n.rdSpend[row];
      s.rdRevenue += revenue;
    }
  }
  if (n.tax[row] >= 0) {
    s.taxPlots++;
    s.tax += n.tax[row];
    s.taxLandM2 += landArea;
  }
  const employees = n.employees[row];
  if (employees >= 0) {
    s.employeePlots++;
    s.employees += employees;
    if (employees > 0 && n.valueAdded[row] >= 0) {
      s.lpPlots++;
      s.valueAdded += n.valueAdded[row];
      s.lpEmployees += employees;
    }
  }
}

function covered(num: number, den: number, withData: number, applicable: number): CoveredValue {
  return { value: withData > 0 && den > 0 ? num / den : null, plotsWithData: withData, plotsApplicable: applicable };
}

function indicatorsOfSums(subparkId: string, s: Sums, blocks: readonly Block[], inSubparksAreaM2 = s.areaM2): SubparkIndicators {
  const main = blocks.find((b) => b.isMain);
  const flagCounts = Object.fromEntries(FLAG_NAMES.map((f, i) => [f, s.flagCounts[i]])) as Record<FlagName, number>;
  return {
    subparkId,
    plotCount: s.plotCount,
    areaM2: s.areaM2,
    blockCount: blocks.length,
    mainBlockShare: subparkId === '*' ? mainShareOfAll(blocks, inSubparksAreaM2) : main && s.areaM2 > 0 ? main.areaM2 / s.areaM2 : 0,
    idleAreaM2: s.idleAreaM2,
    unsuppliedAreaM2: s.unsuppliedAreaM2,
    vacantBuildingAreaM2: s.vacantBuildingAreaM2,
    potentialGfaM2: s.potentialGfaM2,
    flagCounts,
    farIndustrial: covered(s.farGfa, s.farLand, s.farPlots, s.singleUse),
    outputPerMu: covered(s.revenue, s.revenueLandM2 / M2_PER_MU, s.revenuePlots, s.enterprise),
    taxPerMu: covered(s.tax, s.taxLandM2 / M2_PER_MU, s.taxPlots, s.enterprise),
    rdIntensity: covered(s.rdSpend, s.rdRevenue, s.rdPlots, s.enterprise),
    labourProductivity: covered(s.valueAdded, s.lpEmployees, s.lpPlots, s.enterprise),
    employees: covered(s.employees, 1, s.employeePlots, s.enterprise),
  };
}

/** For the whole zone: the share of the sub-parks' area (plots outside every sub-park left out) in their main blocks. */
function mainShareOfAll(blocks: readonly Block[], areaM2: number): number {
  let main = 0;
  for (const b of blocks) if (b.isMain) main += b.areaM2;
  return areaM2 > 0 ? main / areaM2 : 0;
}

/**
 * Indicators per sub-park (in subparkKeys order, plots outside every sub-park form no row) and for the
 * whole dataset (subparkId '*', every plot).
 */
export function subparkIndicators(
  table: PlotTable,
  cols: PlotColumns,
  blocks: readonly Block[],
): { subparks: SubparkIndicators[]; total: SubparkIndicators } {
  let enterpriseMask = 0;
  for (const c of ENTERPRISE_CATEGORIES) enterpriseMask |= 1 << CATEGORY_INDEX[c];
  const sums = table.subparkKeys.map(emptySums);
  const total = emptySums();
  for (let row = 0; row < table.count; row++) {
    addRow(sums[table.subparkIndex[row]], table, cols, row, enterpriseMask);
    addRow(total, table, cols, row, enterpriseMask);
  }
  const blocksBySub = new Map<string, Block[]>();
  for (const b of blocks) {
    const list = blocksBySub.get(b.subparkId);
    if (list) list.push(b);
    else blocksBySub.set(b.subparkId, [b]);
  }
  const outside = table.subparkKeys.indexOf(OUTSIDE_SUBPARK);
  const subparks: SubparkIndicators[] = [];
  table.subparkKeys.forEach((id, i) => {
    if (i !== outside) subparks.push(indicatorsOfSums(id, sums[i], blocksBySub.get(id) ?? []));
  });
  const inSubparksAreaM2 = total.areaM2 - (outside >= 0 ? sums[outside].areaM2 : 0);
  return { subparks, total: indicatorsOfSums('*', total, blocks, inSubparksAreaM2) };
}
