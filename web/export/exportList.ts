import { plotsWorker } from '../worker/client.ts';
import { useMaskStore } from '../stores/maskStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { flaggedShownRowsOf } from '../filters/plotMask.ts';
import { transfer } from 'comlink';
import { downloadBlob } from './downloadBlob.ts';

/** UTF-8 byte order mark, so that Excel opens the CSV with Chinese intact. */
export const UTF8_BOM = '\uFEFF';

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Downloads the flagged plots within the current filter as CSV (UTF-8 with BOM) or GeoJSON. */
export async function exportFlaggedList(format: 'csv' | 'geojson'): Promise<void> {
  const mask = useMaskStore.getState().mask;
  const result = useAnalysisStore.getState().result;
  // Said, not swallowed: the menu shows why nothing was downloaded.
  if (!mask || !result) throw new Error('the analysis has not finished yet');
  const rows = flaggedShownRowsOf(mask.mask, result.plots.flags);
  const text = await plotsWorker().exportRows(transfer(rows, [rows.buffer]), format, useUiStore.getState().language);
  const stamp = result.asOf;
  if (format === 'csv') downloadText(UTF8_BOM + text, `parktwin-flagged-${stamp}.csv`, 'text/csv;charset=utf-8');
  else downloadText(text, `parktwin-flagged-${stamp}.geojson`, 'application/geo+json');
}
