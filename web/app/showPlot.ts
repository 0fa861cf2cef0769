import { plotsWorker } from '../worker/client.ts';
import { useUiStore, selectRow } from '../stores/uiStore.ts';
import { flyToBounds } from '../map/mapInstance.ts';

/** Selects a loaded plot (the inspector opens) and flies to it; false when no plot has that id. */
export async function showPlotById(id: string): Promise<boolean> {
  const row = await plotsWorker().rowOfId(id);
  if (row < 0) return false;
  useUiStore.setState((s) => selectRow(s, row));
  const detail = await plotsWorker().plotDetail(row);
  flyToBounds(detail.bounds, 17);
  return true;
}
