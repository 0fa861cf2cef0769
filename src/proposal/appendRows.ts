import type { PlotTable } from '../schema/index.ts';

type Column = ArrayLike<number> & { length: number; set(a: ArrayLike<number>, offset?: number): void; subarray(a: number, b?: number): ArrayLike<number> };
type ColumnCtor = new (length: number) => Column;

/** Members that are not one value per row, handled by name. */
const NOT_PER_ROW = new Set(['count', 'subparkIndex', 'subparkKeys', 'numeric', 'dates', 'evalOffsets', 'evalYear', 'evalPass', 'evalScore', 'lonLat', 'ringOffsets', 'polygonRingOffsets', 'plotPolygonOffsets']);

function concatColumns(parts: readonly Column[]): Column {
  const Ctor = parts[0].constructor as ColumnCtor;
  const out = new Ctor(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An offsets array (length m+1) of each part joined, each shifted by what the parts before it hold. */
function concatOffsets(parts: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(parts.reduce((n, p) => n + p.length - 1, 0) + 1);
  let at = 0;
  let base = 0;
  for (const p of parts) {
    for (let i = 1; i < p.length; i++) out[at + i] = p[i] + base;
    at += p.length - 1;
    base += p[p.length - 1];
  }
  return out;
}

/**
 * `base` with the rows of `added` appended (each a table from its own builder), columns copied in
 * bulk. Any per-row column (one value per row, including columns added to PlotTable later) is
 * carried generically; sub-park indices are renumbered into base's keys.
 */
export function appendRows(base: PlotTable, added: readonly PlotTable[]): PlotTable {
  const tables = [base, ...added];
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(base)) {
    if (NOT_PER_ROW.has(key)) continue;
    const columns = tables.map((t) => (t as unknown as Record<string, unknown>)[key]);
    if (ArrayBuffer.isView(value)) out[key] = concatColumns(columns as Column[]);
    else if (Array.isArray(value)) out[key] = value.concat(...(columns.slice(1) as unknown[][]));
  }
  const numeric = { ...base.numeric };
  for (const f of Object.keys(numeric) as (keyof PlotTable['numeric'])[]) numeric[f] = concatColumns(tables.map((t) => t.numeric[f])) as Float64Array;
  const dates = { ...base.dates };
  for (const f of Object.keys(dates) as (keyof PlotTable['dates'])[]) dates[f] = concatColumns(tables.map((t) => t.dates[f])) as Int32Array;

  const subparkKeys = base.subparkKeys.slice();
  const keyIndex = new Map(subparkKeys.map((k, i) => [k, i]));
  const subparkIndex = new Uint16Array(base.count + added.reduce((n, t) => n + t.count, 0));
  subparkIndex.set(base.subparkIndex);
  let row = base.count;
  for (const t of added) {
    for (let r = 0; r < t.count; r++) {
      const key = t.subparkKeys[t.subparkIndex[r]];
      let s = keyIndex.get(key);
      if (s === undefined) {
        s = subparkKeys.length;
        subparkKeys.push(key);
        keyIndex.set(key, s);
      }
      subparkIndex[row++] = s;
    }
  }
  return {
    ...(out as unknown as PlotTable),
    count: subparkIndex.length,
    subparkIndex,
    subparkKeys,
    numeric,
    dates,
    evalOffsets: concatOffsets(tables.map((t) => t.evalOffsets)),
    evalYear: concatColumns(tables.map((t) => t.evalYear)) as Int16Array,
    evalPass: concatColumns(tables.map((t) => t.evalPass)) as Uint8Array,
    evalScore: concatColumns(tables.map((t) => t.evalScore)) as Float32Array,
    lonLat: concatColumns(tables.map((t) => t.lonLat)) as Float64Array,
    ringOffsets: concatOffsets(tables.map((t) => t.ringOffsets)),
    polygonRingOffsets: concatOffsets(tables.map((t) => t.polygonRingOffsets)),
    plotPolygonOffsets: concatOffsets(tables.map((t) => t.plotPolygonOffsets)),
  };
}
