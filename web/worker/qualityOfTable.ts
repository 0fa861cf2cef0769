import type { InputIssue, PlotTable } from '../../src/index.ts';
import { defaultLandUseTable, qualityCsvText, qualityReport, qualityRowMask, type QualityReport } from './core.ts';
import type { ExportLanguage } from './exportRows.ts';
import type { QualityPayload } from './protocol.ts';

/** Findings sent for the list; the CSV has all of them. */
const FINDINGS_SHOWN = 500;

const HEADERS: Record<ExportLanguage, string[]> = {
  zh: ['类型', '级别', '代码', '地块编号', '要素序号', '量值', '单位', '说明'],
  en: ['kind', 'severity', 'code', 'plot ids', 'feature indexes', 'measure', 'unit', 'message'],
};

export function qualityOfTable(table: PlotTable, issues: readonly InputIssue[]): QualityReport {
  return qualityReport(table, { landUse: defaultLandUseTable(), issues });
}

/** What the main thread gets: counts, the first findings without their rows, and the row mask. */
export function qualityPayloadOf(report: QualityReport, durationMs: number): QualityPayload {
  return {
    settings: report.settings,
    counts: report.counts,
    findingCount: report.findings.length,
    findings: report.findings.slice(0, FINDINGS_SHOWN).map(({ rows: _rows, ...rest }) => rest),
    rowMask: qualityRowMask(report),
    durationMs,
  };
}

/** Every finding as CSV (without BOM), headers in the user's language. */
export function qualityCsvOf(report: QualityReport, language: ExportLanguage): string {
  return qualityCsvText(report, HEADERS[language]);
}
