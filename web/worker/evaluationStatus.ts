import { FLAG_BIT, type PlotTable } from '../../src/index.ts';
import { EVAL_FAIL, EVAL_NONE, EVAL_PASS, EVAL_WEAK } from './protocol.ts';

/**
 * Evaluation history class per plot as of a year: none, passed or failed the latest evaluated year,
 * or weak (the analysis' `weak` flag). A year with several entries fails only if all of them fail.
 */
export function evaluationStatusOfPlots(table: PlotTable, flags: Uint16Array, asOfYear: number): Uint8Array {
  const out = new Uint8Array(table.count);
  for (let p = 0; p < table.count; p++) {
    if (flags[p] & FLAG_BIT.weak) {
      out[p] = EVAL_WEAK;
      continue;
    }
    let latest = -Infinity;
    let passed = false;
    for (let e = table.evalOffsets[p]; e < table.evalOffsets[p + 1]; e++) {
      const year = table.evalYear[e];
      if (year > asOfYear) continue;
      if (year > latest) {
        latest = year;
        passed = table.evalPass[e] === 1;
      } else if (year === latest && table.evalPass[e] === 1) passed = true;
    }
    out[p] = latest === -Infinity ? EVAL_NONE : passed ? EVAL_PASS : EVAL_FAIL;
  }
  return out;
}
