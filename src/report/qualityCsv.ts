import type { QualityFinding, QualityReport } from '../quality/qualityFinding.ts';
import { csvTextCell } from './csvCell.ts';

export const QUALITY_CSV_COLUMNS = ['kind', 'severity', 'code', 'plotIds', 'indexes', 'measure', 'unit', 'message'] as const;

/** A finding as JSON for the report's `quality` member (table rows stay internal). */
export function qualityFindingJson(f: QualityFinding): string {
  return JSON.stringify({ kind: f.kind, severity: f.severity, code: f.code, plotIds: f.plotIds, indexes: f.indexes, measure: f.measure, unit: f.unit, message: f.message });
}

/**
 * The findings as CSV, one row per finding (ids and feature indexes joined by `;`), CRLF line
 * ends, formula-looking text guarded (csvCell.ts). No byte-order mark: the writer adds it.
 * `header` replaces the column names (the viewer writes them in the user's language).
 */
export function qualityCsvText(report: QualityReport, header: readonly string[] = QUALITY_CSV_COLUMNS): string {
  const lines = [header.map(csvTextCell).join(',')];
  for (const f of report.findings) {
    lines.push(
      [
        f.kind,
        f.severity,
        csvTextCell(f.code),
        csvTextCell(f.plotIds.map((id) => id ?? '').join(';')),
        f.indexes.join(';'),
        String(f.measure),
        f.unit,
        csvTextCell(f.message),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
