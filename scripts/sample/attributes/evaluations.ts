/**
 * Yearly comprehensive performance evaluations (综合绩效评价) 2021–2025 of an enterprise's plot: a
 * lasting quality plus yearly noise; a score under 60 fails. Weak plots fail the two latest years.
 */
import type { Evaluation, Rectification } from '../../../src/index.ts';
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

/**
 * A recorded rectification outcome for plots that failed their latest evaluation: a quarter
 * effective, a third ineffective, the rest unrecorded (as in real registers, where many are blank).
 * Chosen from a hash of the id, not the seeded stream, so adding it left every other value unchanged.
 */
export function rectificationOf(id: string, list: readonly Evaluation[]): Rectification | undefined {
  const latest = list.at(-1);
  if (!latest || latest.pass) return undefined;
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  const bucket = h % 12;
  return bucket < 3 ? 'effective' : bucket < 7 ? 'ineffective' : undefined;
}
