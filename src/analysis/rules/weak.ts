import type { PlotTable } from '../../schema/index.ts';

/**
 * `weak` (沪科规〔2026〕6号 §4): take the latest evaluated year Y ≤ the as-of year; Y and the
 * weakYears−1 years before it must all have evaluations, and every one of those years must fail.
 * A year with several entries fails only when all its entries fail.
 * Returns the failing years (latest first) when weak, else null.
 */
export function weakYearsOf(table: PlotTable, row: number, asOfYear: number, weakYears: number): number[] | null {
  const start = table.evalOffsets[row];
  const end = table.evalOffsets[row + 1];
  if (end === start || weakYears < 1) return null;
  let latest = -Infinity;
  for (let e = start; e < end; e++) {
    const y = table.evalYear[e];
    if (y <= asOfYear && y > latest) latest = y;
  }
  if (!Number.isFinite(latest)) return null;
  const years: number[] = [];
  for (let y = latest; y > latest - weakYears; y--) {
    let seen = false;
    let anyPass = false;
    for (let e = start; e < end; e++) {
      if (table.evalYear[e] !== y) continue;
      seen = true;
      if (table.evalPass[e]) anyPass = true;
    }
    if (!seen || anyPass) return null;
    years.push(y);
  }
  return years;
}
