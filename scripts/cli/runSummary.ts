import type { AnalysisResult } from '../../src/index.ts';
import type { PlotTable } from '../../src/index.ts';

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The one-line summary on stderr after a run. */
export function runSummary(read: { table: PlotTable; meta: { featureCount: number } }, result: AnalysisResult, seconds: number, outPath?: string): string {
  const flags = result.plots.flags;
  let flagged = 0;
  let flagTotal = 0;
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === 0) continue;
    flagged++;
    flagTotal += popcount(flags[i]);
  }
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const dropped = read.meta.featureCount - read.table.count;
  return (
    `parktwin: ${count(read.table.count)} plots analysed` +
    (dropped > 0 ? ` (${count(dropped)} of ${count(read.meta.featureCount)} features left out)` : '') +
    `, ${count(result.issues.length)} issues (${count(errors)} errors), ${count(flagTotal)} flags on ${count(flagged)} plots` +
    `, ${seconds.toFixed(1)} s` +
    (outPath ? ` → ${outPath}` : '')
  );
}
