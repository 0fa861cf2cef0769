import type { InputIssue } from '../schema/index.ts';
import type { QualityTable } from './qualityTable.ts';
import type { QualityFinding } from './qualityFinding.ts';

/** Geometry repairs the validator makes and reports as warnings (the plot is kept, repaired). */
export const GEOMETRY_REPAIR_CODES: ReadonlySet<string> = new Set(['unclosed-ring', 'repeated-positions', 'ring-orientation']);

/**
 * The validator's geometry problems, restated as findings: errors (`self-intersection`,
 * `too-few-positions`, `zero-area`, broken coordinates…) left the plot out of the analysis;
 * repairs kept it. Issues are the builder's, so a left-out plot still appears here with its index.
 */
export function geometryIssueFindings(table: QualityTable, issues: readonly InputIssue[]): QualityFinding[] {
  const findings: QualityFinding[] = [];
  let rowOfIndex: Map<number, number> | null = null;
  for (const issue of issues) {
    if (issue.field !== 'geometry') continue;
    const repaired = issue.severity === 'warning' && GEOMETRY_REPAIR_CODES.has(issue.code);
    if (issue.severity !== 'error' && !repaired) continue;
    let rows: number[] = [];
    if (repaired) {
      rowOfIndex ??= new Map(Array.from(table.sourceIndex, (index, row) => [index, row]));
      const row = rowOfIndex.get(issue.index);
      if (row !== undefined) rows = [row];
    }
    findings.push({
      kind: repaired ? 'repaired-geometry' : 'invalid-geometry',
      severity: issue.severity,
      code: issue.code,
      plotIds: [issue.id],
      indexes: [issue.index],
      rows,
      measure: 1,
      unit: 'plots',
      message: repaired ? issue.message : `${issue.message}; the plot was left out of the analysis`,
    });
  }
  return findings;
}
