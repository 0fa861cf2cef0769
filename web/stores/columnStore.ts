import { create } from 'zustand';
import type { ColumnField, ColumnPayload } from '../worker/protocol.ts';

/** Attribute columns fetched from the worker on demand (choropleth, range filters); reset per analysis. */
export interface ColumnState {
  columns: Partial<Record<ColumnField, ColumnPayload>>;
}

export const columnLoaded = (s: ColumnState, column: ColumnPayload): ColumnState => ({ columns: { ...s.columns, [column.field]: column } });
export const columnsCleared = (_s: ColumnState): ColumnState => ({ columns: {} });

export const useColumnStore = create<ColumnState>()(() => ({ columns: {} }));
