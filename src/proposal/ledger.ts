import { NUMERIC_FIELDS, type AnalysisParams, type BalanceMode, type BalanceScope, type PlotTable } from '../schema/index.ts';
import type { MovedPlot } from './applyProposal.ts';

/** One row of the area-balance ledger (总量平衡), DOMAIN.md §8. Areas in m², rounded to 0.01. */
export interface LedgerRow {
  /** A sub-park id, or "*" for the zone as a whole. */
  subparkId: string;
  beforeM2: number;
  outM2: number;
  inM2: number;
  afterM2: number;
  /** afterM2 − beforeM2. */
  deltaM2: number;
  plotsOut: number;
  plotsIn: number;
  /** The sub-park's approved area, when the sub-parks file gives it. */
  approvedAreaKm2?: number;
}

export interface BalanceResult {
  scope: BalanceScope;
  mode: BalanceMode;
  toleranceM2: number;
  ok: boolean;
  /** The ledger rows that break the rule. */
  violations: LedgerRow[];
}

export interface LedgerInput {
  before: PlotTable;
  /** Geometric plot areas of `before` (AnalysisResult.plots.areaM2). */
  beforeAreaM2: Float64Array;
  /** applyProposal's table: rows 0..before.count-1 are the before rows. */
  after: PlotTable;
  afterAreaM2: Float64Array;
  moved: readonly MovedPlot[];
  /** Approved area per sub-park id (from the sub-parks file). */
  approvedAreaKm2?: ReadonlyMap<string, number>;
}

export const ZONE_ROW = '*';
const OUTSIDE = '';
const LAND_AREA = 'landAreaM2' satisfies (typeof NUMERIC_FIELDS)[number];
const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The area the ledger counts for a plot: its §5 area (declared landAreaM2, else geometric), one
 * value per plot, an existing plot keeping its before area wherever it goes. `areaOfMove` is a
 * moved plot's (the viewer lists it beside the plot).
 */
export function ledgerAreas(input: Pick<LedgerInput, 'before' | 'beforeAreaM2' | 'after' | 'afterAreaM2'>) {
  const { before, after } = input;
  const areaBefore = (row: number) => {
    const declared = before.numeric[LAND_AREA][row];
    return Number.isNaN(declared) ? input.beforeAreaM2[row] : declared;
  };
  const areaAfter = (row: number) => {
    if (row < before.count) return areaBefore(row);
    const declared = after.numeric[LAND_AREA][row];
    return Number.isNaN(declared) ? input.afterAreaM2[row] : declared;
  };
  const areaOfMove = (m: MovedPlot) => (m.beforeRow >= 0 ? areaBefore(m.beforeRow) : areaAfter(m.afterRow));
  return { areaBefore, areaAfter, areaOfMove };
}

/**
 * The ledger: one row per sub-park touched (the from or to of a moved plot), sorted by id, then the
 * zone row "*". A plot's area is its §5 area (declared landAreaM2, else geometric), one value per
 * plot: an existing plot keeps its before area wherever it goes, so after = before − out + in holds
 * exactly and a plot measured in another sub-park's projection cannot unbalance a swap.
 */
export function proposalLedger(input: LedgerInput): LedgerRow[] {
  const { before, after, moved } = input;
  const { areaBefore, areaAfter, areaOfMove } = ledgerAreas(input);

  const touched = new Set<string>();
  for (const m of moved) {
    if (m.from !== null) touched.add(m.from);
    if (m.to !== null) touched.add(m.to);
  }
  const ids = [...touched].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const beforeSum = sumsByKey(before, areaBefore);
  const afterSum = sumsByKey(after, areaAfter);

  const rows: LedgerRow[] = ids.map((id) => {
    let outM2 = 0, inM2 = 0, plotsOut = 0, plotsIn = 0;
    for (const m of moved) {
      if (m.from === id && m.to !== id) {
        outM2 += areaOfMove(m);
        plotsOut++;
      }
      if (m.to === id && m.from !== id) {
        inM2 += areaOfMove(m);
        plotsIn++;
      }
    }
    return row(id, beforeSum.get(id) ?? 0, outM2, inM2, afterSum.get(id) ?? 0, plotsOut, plotsIn, input.approvedAreaKm2?.get(id));
  });

  let zoneBefore = 0, zoneAfter = 0, zoneOut = 0, zoneIn = 0, zonePlotsOut = 0, zonePlotsIn = 0;
  for (const [key, sum] of beforeSum) if (key !== OUTSIDE) zoneBefore += sum;
  for (const [key, sum] of afterSum) if (key !== OUTSIDE) zoneAfter += sum;
  for (const m of moved) {
    if (m.from !== null && m.to === null) {
      zoneOut += areaOfMove(m);
      zonePlotsOut++;
    }
    if (m.from === null && m.to !== null) {
      zoneIn += areaOfMove(m);
      zonePlotsIn++;
    }
  }
  rows.push(row(ZONE_ROW, zoneBefore, zoneOut, zoneIn, zoneAfter, zonePlotsOut, zonePlotsIn, undefined));
  return rows;
}

function sumsByKey(table: PlotTable, areaOf: (row: number) => number): Map<string, number> {
  const sums = new Float64Array(table.subparkKeys.length);
  for (let r = 0; r < table.count; r++) sums[table.subparkIndex[r]] += areaOf(r);
  return new Map(table.subparkKeys.map((k, i) => [k, sums[i]]));
}

function row(
  subparkId: string,
  beforeM2: number,
  outM2: number,
  inM2: number,
  afterM2: number,
  plotsOut: number,
  plotsIn: number,
  approvedAreaKm2: number | undefined,
): LedgerRow {
  const b = r2(beforeM2);
  const a = r2(afterM2);
  // The change is taken from the rounded figures shown, so a reader's own subtraction agrees with it.
  const out: LedgerRow = { subparkId, beforeM2: b, outM2: r2(outM2), inM2: r2(inM2), afterM2: a, deltaM2: r2(a - b), plotsOut, plotsIn };
  if (approvedAreaKm2 !== undefined) out.approvedAreaKm2 = approvedAreaKm2;
  return out;
}

/**
 * The balance rule in force (§8): scope `subpark` checks every sub-park row (not "*"), `zone` only
 * "*"; mode `no-net-increase` wants deltaM2 ≤ tolerance, `equal` |deltaM2| ≤ tolerance.
 */
export function proposalBalance(ledger: readonly LedgerRow[], params: Pick<AnalysisParams, 'balanceScope' | 'balanceMode' | 'balanceToleranceM2'>): BalanceResult {
  const tolerance = params.balanceToleranceM2;
  const checked = ledger.filter((r) => (params.balanceScope === 'zone') === (r.subparkId === ZONE_ROW));
  const breaks = (r: LedgerRow) => (params.balanceMode === 'equal' ? Math.abs(r.deltaM2) > tolerance : r.deltaM2 > tolerance);
  const violations = checked.filter(breaks);
  return { scope: params.balanceScope, mode: params.balanceMode, toleranceM2: tolerance, ok: violations.length === 0, violations };
}
