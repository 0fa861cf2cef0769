import { plotsWorker } from '../worker/client.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { downloadText, UTF8_BOM } from './exportList.ts';

/** Downloads every data-quality finding as CSV (UTF-8 with BOM, like the issues list). */
export async function exportQuality(): Promise<void> {
  const text = await plotsWorker().qualityCsv(useUiStore.getState().language);
  downloadText(UTF8_BOM + text, 'parktwin-data-quality.csv', 'text/csv;charset=utf-8');
}
