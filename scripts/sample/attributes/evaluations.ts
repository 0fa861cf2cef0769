/**
 * Yearly comprehensive performance evaluations (综合绩效评价) 2021–2025 of an enterprise's plot: a
 * lasting quality plus yearly noise; a score under 60 fails. Weak plots fail the two latest years.
 */
import type { Evaluation } from '../../../src/index.ts';
import type { Rng } from '../lib/prng.ts';

export const FIRST_EVALUATION_YEAR = 2021;
export const LAST_EVALUATION_YEAR = 2025;
const PASS_SCORE = 60;

/** `quality`: ~N(0, 1); lower is worse. Evaluated from the second full year after the start. */
export function evaluations(startYear: number, quality: number, rng: Rng): Evaluation[] {
  const out: Evaluation[] = [];
  for (let year = Math.max(FIRST_EVALUATION_YEAR, startYear + 2); year <= LAST_EVALUATION_YEAR; year++) {
    const score = Math.round(Math.min(99, Math.max(25, 77 + 9 * quality + 5 * rng.normal())));
    out.push({ year, pass: score >= PASS_SCORE, score });
  }
  return out;
}
