import { FLAG_BIT, FLAG_NAMES, LAND_USE_CATEGORIES, type FlagName } from '../../src/index.ts';
import type { FilterState } from '../stores/filterStore.ts';
import type { AnalysisPlotColumns, ColumnField, ColumnPayload, StaticPlotColumns } from '../worker/protocol.ts';

export interface MaskInput {
  count: number;
  subparkKeys: readonly string[];
  columns: StaticPlotColumns;
  analysis: AnalysisPlotColumns | null;
  filters: FilterState;
  rangeColumns: Partial<Record<ColumnField, ColumnPayload>>;
}

export interface PlotMask {
  /** 1 = shown. */
  mask: Uint8Array;
  shownCount: number;
  flaggedShownCount: number;
  shownAreaM2: number;
  /** Shown plots per flag, in FLAG_NAMES order. */
  flagCounts: number[];
  /** Shown plots per sub-park index. */
  subparkCounts: number[];
}

/**
 * Which plots pass the filters, with the counts the panels show. One pass over typed arrays: a few
 * milliseconds at a million plots, so filters never rebuild layers, they re-upload one attribute.
 * A range filter whose column has not arrived yet does not restrict.
 */
export function plotMaskOf(input: MaskInput): PlotMask {
  const { count, columns, analysis, filters, subparkKeys, rangeColumns } = input;
  const mask = new Uint8Array(count);
  const subparkAllowed = filters.subparks.length ? new Uint8Array(subparkKeys.length) : null;
  if (subparkAllowed) for (const key of filters.subparks) {
    const i = subparkKeys.indexOf(key);
    if (i >= 0) subparkAllowed[i] = 1;
  }
  const categoryAllowed = filters.categories.length ? new Uint8Array(LAND_USE_CATEGORIES.length) : null;
  if (categoryAllowed) for (const c of filters.categories) categoryAllowed[LAND_USE_CATEGORIES.indexOf(c)] = 1;
  const flagMask = filters.flags.reduce((m, f: FlagName) => m | FLAG_BIT[f], 0);
  const statusAllowed = filters.statuses.length ? filters.statuses : null;
  const ranges = filters.ranges
    .map((r) => ({ r, values: rangeColumns[r.field]?.values }))
    .filter((x): x is { r: FilterState['ranges'][number]; values: Float32Array } => x.values !== undefined);
  const flags = analysis?.flags;
  const area = analysis?.areaM2;
  const flagCounts = new Array<number>(FLAG_NAMES.length).fill(0);
  const subparkCounts = new Array<number>(subparkKeys.length).fill(0);
  let shownCount = 0, flaggedShownCount = 0, shownAreaM2 = 0;

  for (let p = 0; p < count; p++) {
    if (subparkAllowed && !subparkAllowed[columns.subparkIndex[p]]) continue;
    if (categoryAllowed && !categoryAllowed[columns.landUseCategory[p]]) continue;
    if (statusAllowed && !statusAllowed.includes(columns.landStatus[p])) continue;
    const f = flags ? flags[p] : 0;
    if (flagMask && !(f & flagMask)) continue;
    let inRange = true;
    for (const { r, values } of ranges) {
      const v = values[p];
      if (!(v === v) || (r.min !== null && v < r.min) || (r.max !== null && v > r.max)) {
        inRange = false;
        break;
      }
    }
    if (!inRange) continue;
    mask[p] = 1;
    shownCount++;
    subparkCounts[columns.subparkIndex[p]]++;
    if (area) shownAreaM2 += area[p];
    if (f) {
      flaggedShownCount++;
      for (let b = 0; b < FLAG_NAMES.length; b++) if (f & (1 << b)) flagCounts[b]++;
    }
  }
  return { mask, shownCount, flaggedShownCount, shownAreaM2, flagCounts, subparkCounts };
}

/** The mask spread over vertices as the float attribute DataFilterExtension reads (1 shown, 0 hidden). */
export function vertexFilterValuesOf(mask: Uint8Array, vertexStarts: Uint32Array): Float32Array {
  const out = new Float32Array(vertexStarts[vertexStarts.length - 1]);
  for (let p = 0; p < mask.length; p++) if (mask[p]) out.fill(1, vertexStarts[p], vertexStarts[p + 1]);
  return out;
}

/** Rows (ascending) that are shown and carry at least one flag: the list (清单) to export. */
export function flaggedShownRowsOf(mask: Uint8Array, flags: Uint16Array | undefined): Uint32Array {
  if (!flags) return new Uint32Array(0);
  let n = 0;
  for (let p = 0; p < mask.length; p++) if (mask[p] && flags[p]) n++;
  const rows = new Uint32Array(n);
  n = 0;
  for (let p = 0; p < mask.length; p++) if (mask[p] && flags[p]) rows[n++] = p;
  return rows;
}
