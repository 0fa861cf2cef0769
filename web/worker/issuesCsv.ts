import type { InputIssue } from '../../src/index.ts';
import { csvTextCell } from '../../src/index.ts';
import type { ExportLanguage } from './exportRows.ts';

const HEADERS: Record<ExportLanguage, string[]> = {
  zh: ['要素序号', '地块编号', '级别', '问题代码', '字段', '说明'],
  en: ['feature index', 'id', 'severity', 'code', 'field', 'message'],
};

/** The problems found in a file, one CSV row each (feature index, id, severity, code, field, message). */
export function issuesCsvOf(issues: readonly InputIssue[], language: ExportLanguage): string {
  const lines = [HEADERS[language].join(',')];
  for (const issue of issues) {
    lines.push([String(issue.index), csvTextCell(issue.id ?? ''), issue.severity, issue.code, csvTextCell(issue.field ?? ''), csvTextCell(issue.message)].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
