import type { InputIssue } from '../schema/index.ts';

/**
 * Collects the issues of one feature at a time into the run's issue list. One instance is reused
 * for every feature (`begin`), so validating a plot allocates nothing unless it has problems.
 */
export class FeatureLog {
  index = -1;
  id: string | null = null;
  errorCount = 0;
  private firstIssue = 0;

  constructor(readonly issues: InputIssue[]) {}

  begin(index: number): void {
    this.index = index;
    this.id = null;
    this.errorCount = 0;
    this.firstIssue = this.issues.length;
  }

  /** Names the feature in its issues from now on, and in those already logged for it. */
  setId(id: string): void {
    this.id = id;
    for (let i = this.firstIssue; i < this.issues.length; i++) this.issues[i].id = id;
  }

  /** The feature will be left out. */
  error(code: string, field: string | null, message: string): void {
    this.errorCount++;
    this.issues.push({ index: this.index, id: this.id, severity: 'error', code, field, message });
  }

  /** The feature is kept; the field is repaired, defaulted or treated as missing, as the message says. */
  warn(code: string, field: string | null, message: string): void {
    this.issues.push({ index: this.index, id: this.id, severity: 'warning', code, field, message });
  }
}
