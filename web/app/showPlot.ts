import { plotsWorker } from '../worker/client.ts';
import { useUiStore, selectRow } from '../stores/uiStore.ts';
import { flyToBounds } from '../map/mapInstance.ts';

/** Selects a plot by row (the inspector opens) and flies to it. */
export async function showPlotAtRow(row: number): Promise<void> {
  useUiStore.setState((s) => selectRow(s, row));
  const detail = await plotsWorker().plotDetail(row);
  flyToBounds(detail.bounds, 17);
}

/** The same by plot id; false when no loaded plot has that id. */
export async function showPlotById(id: string): Promise<boolean> {
  const row = await plotsWorker().rowOfId(id);
  if (row < 0) return false;
  await showPlotAtRow(row);
  return true;
}
