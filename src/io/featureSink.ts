import type { InputIssue } from '../schema/index.ts';

/** Where a format reader sends what it finds. A PlotTableBuilder is one (add = feature, report = issue). */
export interface FeatureSink {
  /** `feature` is untrusted parsed JSON; `index` its 0-based position in the input. */
  feature(feature: unknown, index: number): void;
  issue(issue: InputIssue): void;
}
