import { plotsWorker } from '../worker/client.ts';
import { useDataStore } from '../stores/dataStore.ts';
import type { LoadResult } from '../worker/protocol.ts';

/** Plot ids by row, fetched from the worker once per loaded plots (proposal mode names plots by id). */
let cache: { plots: LoadResult; ids: Promise<string[]> } | null = null;

export function plotIdsByRow(): Promise<string[]> {
  const plots = useDataStore.getState().plots;
  if (!plots) return Promise.resolve([]);
  if (cache?.plots !== plots) cache = { plots, ids: plotsWorker().plotIds() };
  return cache.ids;
}

/** The ids of a few rows, asked of the worker: the whole id list is a long clone at a million plots. */
export async function plotIdsOfRows(rows: ArrayLike<number>): Promise<string[]> {
  if (rows.length === 0) return [];
  return plotsWorker().plotIdsOfRows(Uint32Array.from(rows));
}

let rowIndex: { ids: string[]; rows: Map<string, number> } | null = null;

/** Row of each id (built on first use for the current plots). */
export async function rowOfPlotId(id: string): Promise<number> {
  const ids = await plotIdsByRow();
  if (rowIndex?.ids !== ids) rowIndex = { ids, rows: new Map(ids.map((x, i) => [x, i])) };
  return rowIndex.rows.get(id) ?? -1;
}
