import { describeValue } from './describeValue.ts';
import type { FeatureLog } from './featureLog.ts';

/** Plausible evaluation years; also keeps them inside the table's Int16 column. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** Scores are stored as float32; beyond this they would become Infinity. */
export const MAX_SCORE = 3.4e38;

/** Evaluations of one plot, sorted by year (stable), in parallel arrays reused from plot to plot. */
export class EvaluationList {
  years: number[] = [];
  pass: number[] = [];
  /** NaN when not given. */
  scores: number[] = [];
  private order: number[] = [];

  get length(): number {
    return this.years.length;
  }

  clear(): void {
    // Setting a length is a call even when it is already 0.
    if (this.years.length === 0) return;
    this.years.length = 0;
    this.pass.length = 0;
    this.scores.length = 0;
  }

  /**
   * Reads `evaluations` into this list (cleared first). An unusable entry is left out with a
   * warning (one per plot, with the count), a bad score is dropped from its entry, and several
   * entries for one year are kept with a warning: DOMAIN.md §5 fails the year only if all fail.
   */
  read(value: unknown, log: FeatureLog): void {
    this.clear();
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) {
      log.warn('invalid-evaluations', 'evaluations', `evaluations is ${describeValue(value)}, not an array of {year, pass, score?}; ignored`);
      return;
    }
    let badEntries = 0;
    let firstBad = '';
    let badScores = 0;
    let firstBadScore = '';
    for (let i = 0; i < value.length; i++) {
      const entry: unknown = value[i];
      const reason = entryProblem(entry);
      if (reason) {
        if (badEntries++ === 0) firstBad = `entry ${i} ${reason}`;
        continue;
      }
      const { year, pass, score } = entry as { year: number; pass: boolean; score?: unknown };
      let s = NaN;
      if (typeof score === 'number' && Math.abs(score) <= MAX_SCORE) s = score;
      else if (score !== undefined && score !== null && badScores++ === 0) firstBadScore = `entry ${i} (${year}) has score ${describeValue(score)}`;
      this.years.push(year);
      this.pass.push(pass ? 1 : 0);
      this.scores.push(s);
    }
    if (badEntries > 0) {
      log.warn('invalid-evaluation', 'evaluations', `${badEntries} of ${value.length} evaluation(s) ignored: ${firstBad}`);
    }
    if (badScores > 0) {
      log.warn('invalid-evaluation-score', 'evaluations', `${badScores} evaluation score(s) are not usable numbers and were dropped: ${firstBadScore}`);
    }
    this.sortAndCheckYears(log);
  }

  /**
   * What `read` makes of a list whose entries are all usable `{year, pass, score?}` (integer
   * years in range, boolean pass, score a number within float32 range or absent/null: NaN here),
   * as the byte reader found them; `pass` 1/0.
   */
  readClean(years: readonly number[], pass: readonly number[], scores: readonly number[], log: FeatureLog): void {
    this.clear();
    for (let i = 0; i < years.length; i++) {
      this.years.push(years[i]);
      this.pass.push(pass[i]);
      this.scores.push(scores[i]);
    }
    this.sortAndCheckYears(log);
  }

  private sortAndCheckYears(log: FeatureLog): void {
    this.sortByYear();
    const duplicate = this.firstRepeatedYear();
    if (duplicate !== null) {
      log.warn(
        'duplicate-evaluation-year',
        'evaluations',
        `several evaluations for ${duplicate}; the year counts as failed only if all of them fail`,
      );
    }
  }

  private sortByYear(): void {
    const n = this.years.length;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = this.years[i - 1] <= this.years[i];
    if (sorted) return;
    const order = this.order;
    order.length = n;
    for (let i = 0; i < n; i++) order[i] = i;
    const years = this.years;
    order.sort((a, b) => years[a] - years[b] || a - b);
    const y = years.slice();
    const p = this.pass.slice();
    const s = this.scores.slice();
    for (let i = 0; i < n; i++) {
      years[i] = y[order[i]];
      this.pass[i] = p[order[i]];
      this.scores[i] = s[order[i]];
    }
  }

  private firstRepeatedYear(): number | null {
    for (let i = 1; i < this.years.length; i++) if (this.years[i] === this.years[i - 1]) return this.years[i];
    return null;
  }
}

function entryProblem(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return `is ${describeValue(entry)}, not {year, pass}`;
  const { year, pass } = entry as { year?: unknown; pass?: unknown };
  if (typeof year !== 'number' || !Number.isInteger(year)) return `has year ${describeValue(year)}, not an integer`;
  if (year < MIN_YEAR || year > MAX_YEAR) return `has year ${year}, outside ${MIN_YEAR}..${MAX_YEAR}`;
  if (typeof pass !== 'boolean') return `has pass ${describeValue(pass)}, not true/false`;
  return '';
}
