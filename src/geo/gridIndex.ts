/**
 * A uniform grid over boxes, stored as flat arrays (cell → item list in CSR form).
 *
 * The join step asks one small window query per plot; for that a grid whose cell is a few plots
 * wide answers in a handful of array reads, several times faster than an R-tree traversal, and it
 * is built in two linear passes. Boxes that would cover too many cells (a huge or malformed plot)
 * are kept in a short overflow list that every query also checks, so one giant polygon cannot
 * blow up the grid.
 */
export interface GridIndex {
  minX: number;
  minY: number;
  cellM: number;
  cols: number;
  rows: number;
  /** Items of cell c: items[cellStart[c] .. cellStart[c+1]-1]. */
  cellStart: Uint32Array;
  items: Uint32Array;
  overflow: Uint32Array;
}

const MAX_CELLS_PER_ITEM = 64;
const MAX_CELLS = 1 << 24;

/** Builds a grid over items 0..n-1 whose boxes are `boxes[4i..4i+3]`, for items where `include(i)`. */
export function gridIndex(boxes: Float64Array, n: number, include?: (i: number) => boolean): GridIndex {
  const items: number[] = [];
  for (let i = 0; i < n; i++) if (!include || include(i)) items.push(i);
  return gridIndexOfItems(boxes, Uint32Array.from(items));
}

/** Builds a grid over the listed items (ascending), whose boxes are `boxes[4i..4i+3]`. */
export function gridIndexOfItems(boxes: Float64Array, list: Uint32Array): GridIndex {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const sizes: number[] = [];
  const used = list.length;
  for (let k = 0; k < used; k++) {
    const i = list[k];
    const x0 = boxes[4 * i], y0 = boxes[4 * i + 1], x1 = boxes[4 * i + 2], y1 = boxes[4 * i + 3];
    if (x0 < minX) minX = x0;
    if (y0 < minY) minY = y0;
    if (x1 > maxX) maxX = x1;
    if (y1 > maxY) maxY = y1;
    if ((k & 15) === 0) sizes.push(Math.max(x1 - x0, y1 - y0));
  }
  if (used === 0) return { minX: 0, minY: 0, cellM: 1, cols: 1, rows: 1, cellStart: new Uint32Array(2), items: new Uint32Array(0), overflow: new Uint32Array(0) };
  sizes.sort((a, b) => a - b);
  const typical = sizes[sizes.length >> 1] || 1;
  let cellM = Math.max(typical * 2, 1);
  // Keep the cell count bounded for sparse, spread-out data.
  while (((maxX - minX) / cellM + 1) * ((maxY - minY) / cellM + 1) > Math.max(MAX_CELLS / 4, used * 4)) cellM *= 2;
  const cols = Math.floor((maxX - minX) / cellM) + 1;
  const rows = Math.floor((maxY - minY) / cellM) + 1;

  const cellStart = new Uint32Array(cols * rows + 1);
  const overflowList: number[] = [];
  const span = (i: number) => {
    const c0 = Math.floor((boxes[4 * i] - minX) / cellM);
    const r0 = Math.floor((boxes[4 * i + 1] - minY) / cellM);
    const c1 = Math.floor((boxes[4 * i + 2] - minX) / cellM);
    const r1 = Math.floor((boxes[4 * i + 3] - minY) / cellM);
    return [c0, r0, c1, r1] as const;
  };
  const isOverflow = new Uint8Array(used);
  for (let k = 0; k < used; k++) {
    const i = list[k];
    const [c0, r0, c1, r1] = span(i);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS_PER_ITEM) {
      isOverflow[k] = 1;
      overflowList.push(i);
      continue;
    }
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cellStart[r * cols + c + 1]++;
  }
  for (let c = 0; c < cols * rows; c++) cellStart[c + 1] += cellStart[c];
  const fill = cellStart.slice(0, cols * rows);
  const items = new Uint32Array(cellStart[cols * rows]);
  for (let k = 0; k < used; k++) {
    if (isOverflow[k]) continue;
    const i = list[k];
    const [c0, r0, c1, r1] = span(i);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) items[fill[r * cols + c]++] = i;
  }
  return { minX, minY, cellM, cols, rows, cellStart, items, overflow: Uint32Array.from(overflowList) };
}

/**
 * Calls `visit(item)` for every item whose cell range meets the window; an item spanning several
 * cells is reported once per query (deduplicated with `stamp`, an Int32Array of length n, and a
 * query number that must differ from every earlier query's).
 */
export function forEachGridCandidate(
  grid: GridIndex,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  stamp: Int32Array,
  query: number,
  visit: (item: number) => void,
): void {
  const { cols, rows, cellM, cellStart, items, overflow } = grid;
  const c0 = Math.max(0, Math.floor((minX - grid.minX) / cellM));
  const r0 = Math.max(0, Math.floor((minY - grid.minY) / cellM));
  const c1 = Math.min(cols - 1, Math.floor((maxX - grid.minX) / cellM));
  const r1 = Math.min(rows - 1, Math.floor((maxY - grid.minY) / cellM));
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = r * cols + c;
      for (let k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
        const item = items[k];
        if (stamp[item] === query) continue;
        stamp[item] = query;
        visit(item);
      }
    }
  }
  for (let k = 0; k < overflow.length; k++) {
    const item = overflow[k];
    if (stamp[item] === query) continue;
    stamp[item] = query;
    visit(item);
  }
}
