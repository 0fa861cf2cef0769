import { DATE_FIELDS, NUMERIC_FIELDS, type DateField, type InputIssue, type NumericField, type PlotTable } from '../schema/index.ts';
import { duplicateIdMessage } from './duplicateId.ts';

/**
 * What one worker's builder made of a run of consecutive features: its table, its issues and the
 * ids it saw first. Parts are merged in input order into what a single builder would have made.
 */
export interface PlotTablePart {
  table: PlotTable;
  issues: InputIssue[];
  /** Each id at its first use in the part, kept or not, in input order (PlotTableBuilder.idsSeen). */
  idsSeen: string[];
  idFeatureIndex: Uint32Array;
  /** How the part's columns were read (src/io field mapping), merged into the report's `input`. */
  mapping?: { fieldMap: Record<string, string>; unmatchedColumns: string[] };
}

/**
 * Merges parts (each covering features after the previous part's) and file-level issues into one
 * table and issue list, equal to what one builder reading every feature in order would produce:
 * an id first used in an earlier part makes the later feature a duplicate (an error, the row
 * dropped), sub-parks are numbered by first kept appearance, and issues are in feature order.
 */
export function mergePlotTableParts(parts: readonly PlotTablePart[], fileIssues: readonly InputIssue[] = []): { table: PlotTable; issues: InputIssue[] } {
  const merger = new PlotTablePartMerger();
  for (const part of parts) merger.add(part);
  return merger.finish(fileIssues);
}

/**
 * mergePlotTableParts in steps: `add` each part in input order as it arrives (the cross-part
 * duplicate ids are found then, while later parts are still being parsed), `finish` once.
 */
export class PlotTablePartMerger {
  private readonly firstIndexById = new Map<string, number>();
  private readonly parts: PlotTablePart[] = [];
  private readonly duplicates: Map<number, InputIssue>[] = [];

  add(part: PlotTablePart): void {
    const found = new Map<number, InputIssue>();
    const firstIndexById = this.firstIndexById;
    for (let k = 0; k < part.idsSeen.length; k++) {
      const id = part.idsSeen[k];
      const index = part.idFeatureIndex[k];
      const first = firstIndexById.get(id);
      if (first === undefined) firstIndexById.set(id, index);
      else found.set(index, { index, id, severity: 'error', code: 'duplicate-id', field: 'id', message: duplicateIdMessage(id, first) });
    }
    this.parts.push(part);
    this.duplicates.push(found);
  }

  finish(fileIssues: readonly InputIssue[] = []): { table: PlotTable; issues: InputIssue[] } {
    const { parts, duplicates } = this;
    const issues: InputIssue[] = fileIssues.map((i) => ({ ...i }));
    parts.forEach((part, p) => {
      for (const issue of issuesWithDuplicates(part.issues, duplicates[p])) issues.push(issue);
    });
    // Stable: file-level issues (-1) first, then each feature's issues in the order they were found.
    issues.sort((a, b) => a.index - b.index);
    return { table: concatenatedTable(parts, duplicates), issues };
  }
}

/** A part's issues with its cross-part duplicate errors where a single builder logs them: after the id's own warnings. */
function issuesWithDuplicates(issues: readonly InputIssue[], duplicates: ReadonlyMap<number, InputIssue>): InputIssue[] {
  if (duplicates.size === 0) return issues.slice();
  const out: InputIssue[] = [];
  const placed = new Set<number>();
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i];
    const duplicate = duplicates.get(issue.index);
    if (duplicate && !placed.has(issue.index) && !isBeforeDuplicateCheck(issue)) {
      out.push(duplicate);
      placed.add(issue.index);
    }
    out.push(issue);
  }
  for (const [index, duplicate] of duplicates) if (!placed.has(index)) out.push(duplicate);
  return out;
}

/** Issues the builder logs before it checks whether the id is a duplicate. */
function isBeforeDuplicateCheck(issue: InputIssue): boolean {
  return issue.code === 'missing-feature-type' || (issue.field === 'id' && issue.code !== 'duplicate-id');
}

/** Marks a part whose rows are all kept. */
const ALL_ROWS = new Uint32Array(0);

/** Where the next row, evaluation, polygon, ring and vertex of the merged table go. */
interface Cursor {
  row: number;
  evalAt: number;
  polygonAt: number;
  ringAt: number;
  vertexAt: number;
}

/** Every row of `t` (the usual case: no duplicate across parts), column by column with bulk copies. */
function appendWholePart(out: PlotTable, t: PlotTable, subparkOf: Int32Array, at: Cursor): void {
  const n = t.count;
  const row = at.row;
  for (let r = 0; r < n; r++) {
    out.ids[row + r] = t.ids[r];
    out.landUseCodes[row + r] = t.landUseCodes[r];
    out.names[row + r] = t.names[r];
    out.enterprises[row + r] = t.enterprises[r];
    out.subparkIndex[row + r] = subparkOf[t.subparkIndex[r]];
  }
  out.sourceIndex.set(t.sourceIndex.subarray(0, n), row);
  out.landUseCategory.set(t.landUseCategory.subarray(0, n), row);
  out.landStatus.set(t.landStatus.subarray(0, n), row);
  out.rectification.set(t.rectification.subarray(0, n), row);
  for (const f of NUMERIC_FIELDS) out.numeric[f].set(t.numeric[f].subarray(0, n), row);
  for (const f of DATE_FIELDS) out.dates[f].set(t.dates[f].subarray(0, n), row);

  const evalCount = t.evalOffsets[n];
  for (let r = 1; r <= n; r++) out.evalOffsets[row + r] = at.evalAt + t.evalOffsets[r];
  out.evalYear.set(t.evalYear.subarray(0, evalCount), at.evalAt);
  out.evalPass.set(t.evalPass.subarray(0, evalCount), at.evalAt);
  out.evalScore.set(t.evalScore.subarray(0, evalCount), at.evalAt);

  const polygons = t.plotPolygonOffsets[n];
  const rings = t.polygonRingOffsets[polygons];
  const vertices = t.ringOffsets[rings];
  for (let r = 1; r <= n; r++) out.plotPolygonOffsets[row + r] = at.polygonAt + t.plotPolygonOffsets[r];
  for (let k = 1; k <= polygons; k++) out.polygonRingOffsets[at.polygonAt + k] = at.ringAt + t.polygonRingOffsets[k];
  for (let g = 1; g <= rings; g++) out.ringOffsets[at.ringAt + g] = at.vertexAt + t.ringOffsets[g];
  out.lonLat.set(t.lonLat.subarray(0, 2 * vertices), 2 * at.vertexAt);

  at.row += n;
  at.evalAt += evalCount;
  at.polygonAt += polygons;
  at.ringAt += rings;
  at.vertexAt += vertices;
}

/** The `kept` rows of `t`, one by one (a part with duplicate ids dropped). */
function appendRows(out: PlotTable, t: PlotTable, kept: Uint32Array, subparkOf: Int32Array, at: Cursor): void {
  for (const r of kept) {
    const row = at.row;
    out.ids[row] = t.ids[r];
    out.sourceIndex[row] = t.sourceIndex[r];
    out.subparkIndex[row] = subparkOf[t.subparkIndex[r]];
    out.landUseCodes[row] = t.landUseCodes[r];
    out.landUseCategory[row] = t.landUseCategory[r];
    out.landStatus[row] = t.landStatus[r];
    out.rectification[row] = t.rectification[r];
    for (const f of NUMERIC_FIELDS) out.numeric[f][row] = t.numeric[f][r];
    for (const f of DATE_FIELDS) out.dates[f][row] = t.dates[f][r];
    out.names[row] = t.names[r];
    out.enterprises[row] = t.enterprises[r];

    for (let e = t.evalOffsets[r]; e < t.evalOffsets[r + 1]; e++, at.evalAt++) {
      out.evalYear[at.evalAt] = t.evalYear[e];
      out.evalPass[at.evalAt] = t.evalPass[e];
      out.evalScore[at.evalAt] = t.evalScore[e];
    }
    out.evalOffsets[row + 1] = at.evalAt;

    for (let k = t.plotPolygonOffsets[r]; k < t.plotPolygonOffsets[r + 1]; k++, at.polygonAt++) {
      for (let g = t.polygonRingOffsets[k]; g < t.polygonRingOffsets[k + 1]; g++, at.ringAt++) {
        const from = 2 * t.ringOffsets[g];
        const to = 2 * t.ringOffsets[g + 1];
        out.lonLat.set(t.lonLat.subarray(from, to), 2 * at.vertexAt);
        at.vertexAt += (to - from) / 2;
        out.ringOffsets[at.ringAt + 1] = at.vertexAt;
      }
      out.polygonRingOffsets[at.polygonAt + 1] = at.ringAt;
    }
    out.plotPolygonOffsets[row + 1] = at.polygonAt;
    at.row++;
  }
}

function concatenatedTable(parts: readonly PlotTablePart[], duplicates: readonly ReadonlyMap<number, InputIssue>[]): PlotTable {
  // Rows kept, per part, and the totals to allocate.
  const keptRows: Uint32Array[] = [];
  let count = 0;
  let evalCount = 0;
  let polygonCount = 0;
  let ringCount = 0;
  let coordinateCount = 0;
  parts.forEach((part, p) => {
    const t = part.table;
    if (duplicates[p].size === 0) {
      const polygons = t.plotPolygonOffsets[t.count];
      const rings = t.polygonRingOffsets[polygons];
      keptRows.push(ALL_ROWS);
      count += t.count;
      evalCount += t.evalOffsets[t.count];
      polygonCount += polygons;
      ringCount += rings;
      coordinateCount += 2 * t.ringOffsets[rings];
      return;
    }
    const kept: number[] = [];
    for (let r = 0; r < t.count; r++) {
      if (duplicates[p].has(t.sourceIndex[r])) continue;
      kept.push(r);
      evalCount += t.evalOffsets[r + 1] - t.evalOffsets[r];
      const polygonStart = t.plotPolygonOffsets[r];
      const polygonEnd = t.plotPolygonOffsets[r + 1];
      polygonCount += polygonEnd - polygonStart;
      const ringStart = t.polygonRingOffsets[polygonStart];
      const ringEnd = t.polygonRingOffsets[polygonEnd];
      ringCount += ringEnd - ringStart;
      coordinateCount += 2 * (t.ringOffsets[ringEnd] - t.ringOffsets[ringStart]);
    }
    keptRows.push(Uint32Array.from(kept));
    count += kept.length;
  });

  const numeric = {} as Record<NumericField, Float64Array>;
  for (const f of NUMERIC_FIELDS) numeric[f] = new Float64Array(count);
  const dates = {} as Record<DateField, Int32Array>;
  for (const f of DATE_FIELDS) dates[f] = new Int32Array(count);
  const out: PlotTable = {
    count,
    ids: new Array<string>(count),
    sourceIndex: new Uint32Array(count),
    subparkIndex: new Uint16Array(count),
    subparkKeys: [],
    landUseCodes: new Array<string>(count),
    landUseCategory: new Uint8Array(count),
    landStatus: new Uint8Array(count),
    rectification: new Uint8Array(count),
    numeric,
    dates,
    evalOffsets: new Uint32Array(count + 1),
    evalYear: new Int16Array(evalCount),
    evalPass: new Uint8Array(evalCount),
    evalScore: new Float32Array(evalCount),
    lonLat: new Float64Array(coordinateCount),
    ringOffsets: new Uint32Array(ringCount + 1),
    polygonRingOffsets: new Uint32Array(polygonCount + 1),
    plotPolygonOffsets: new Uint32Array(count + 1),
    names: new Array<string>(count),
    enterprises: new Array<string>(count),
  };

  const subparkByKey = new Map<string, number>();
  const cursor: Cursor = { row: 0, evalAt: 0, polygonAt: 0, ringAt: 0, vertexAt: 0 };
  parts.forEach((part, p) => {
    const t = part.table;
    // The part's sub-park numbers as the merged table numbers them: by first kept appearance.
    const subparkOf = new Int32Array(t.subparkKeys.length).fill(-1);
    const kept = keptRows[p];
    const whole = kept === ALL_ROWS;
    for (let k = 0, n = whole ? t.count : kept.length; k < n; k++) {
      const local = t.subparkIndex[whole ? k : kept[k]];
      if (subparkOf[local] >= 0) continue;
      const key = t.subparkKeys[local];
      let s = subparkByKey.get(key);
      if (s === undefined) {
        s = out.subparkKeys.length;
        out.subparkKeys.push(key);
        subparkByKey.set(key, s);
      }
      subparkOf[local] = s;
    }
    if (whole) appendWholePart(out, t, subparkOf, cursor);
    else appendRows(out, t, kept, subparkOf, cursor);
  });
  return out;
}
