import { plotsWorker } from '../worker/client.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { downloadText, UTF8_BOM } from './exportList.ts';

/** Downloads every problem found in the loaded file as CSV (UTF-8 with BOM). */
export async function exportIssues(): Promise<void> {
  const text = await plotsWorker().issuesCsv(useUiStore.getState().language);
  downloadText(UTF8_BOM + text, 'parktwin-data-issues.csv', 'text/csv;charset=utf-8');
}
