import type { PlotTable } from '../../schema/index.ts';

/** The latest evaluated year ≤ the as-of year, or null when the plot has no such evaluation. */
export function latestEvaluatedYear(table: PlotTable, row: number, asOfYear: number): number | null {
  let latest = -Infinity;
  for (let e = table.evalOffsets[row]; e < table.evalOffsets[row + 1]; e++) {
    const y = table.evalYear[e];
    if (y <= asOfYear && y > latest) latest = y;
  }
  return Number.isFinite(latest) ? latest : null;
}

/** Whether `year` has evaluations and all of them fail (a year with several entries fails only when all do). */
function yearFailed(table: PlotTable, row: number, year: number): boolean {
  let seen = false;
  for (let e = table.evalOffsets[row]; e < table.evalOffsets[row + 1]; e++) {
    if (table.evalYear[e] !== year) continue;
    if (table.evalPass[e]) return false;
    seen = true;
  }
  return seen;
}

/**
 * `evaluation-failed` (沪科规〔2026〕6号 measure 4: the plot and its operator are supervised, 督导):
 * the latest evaluated year ≤ the as-of year fails. Returns that year, else null.
 */
export function failedEvaluationYearOf(table: PlotTable, row: number, asOfYear: number): number | null {
  const latest = latestEvaluatedYear(table, row, asOfYear);
  return latest !== null && yearFailed(table, row, latest) ? latest : null;
}

/**
 * `weak` (沪科规〔2026〕6号 measure 4): take the latest evaluated year Y ≤ the as-of year; Y and the
 * weakYears−1 years before it must all have evaluations, and every one of those years must fail.
 * Returns the failing years (latest first) when weak, else null.
 */
export function weakYearsOf(table: PlotTable, row: number, asOfYear: number, weakYears: number): number[] | null {
  if (weakYears < 1) return null;
  const latest = latestEvaluatedYear(table, row, asOfYear);
  if (latest === null) return null;
  const years: number[] = [];
  for (let y = latest; y > latest - weakYears; y--) {
    if (!yearFailed(table, row, y)) return null;
    years.push(y);
  }
  return years;
}
