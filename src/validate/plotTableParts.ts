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
  const firstIndexById = new Map<string, number>();
  const duplicates: Map<number, InputIssue>[] = [];
  for (const part of parts) {
    const found = new Map<number, InputIssue>();
    for (let k = 0; k < part.idsSeen.length; k++) {
      const id = part.idsSeen[k];
      const index = part.idFeatureIndex[k];
      const first = firstIndexById.get(id);
      if (first === undefined) firstIndexById.set(id, index);
      else found.set(index, { index, id, severity: 'error', code: 'duplicate-id', field: 'id', message: duplicateIdMessage(id, first) });
    }
    duplicates.push(found);
  }

  const issues: InputIssue[] = fileIssues.map((i) => ({ ...i }));
  parts.forEach((part, p) => issues.push(...issuesWithDuplicates(part.issues, duplicates[p])));
  // Stable: file-level issues (-1) first, then each feature's issues in the order they were found.
  issues.sort((a, b) => a.index - b.index);
  return { table: concatenatedTable(parts, duplicates), issues };
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
  let row = 0;
  let evalAt = 0;
  let polygonAt = 0;
  let ringAt = 0;
  let vertexAt = 0;
  parts.forEach((part, p) => {
    const t = part.table;
    for (const r of keptRows[p]) {
      out.ids[row] = t.ids[r];
      out.sourceIndex[row] = t.sourceIndex[r];
      const key = t.subparkKeys[t.subparkIndex[r]];
      let s = subparkByKey.get(key);
      if (s === undefined) {
        s = out.subparkKeys.length;
        out.subparkKeys.push(key);
        subparkByKey.set(key, s);
      }
      out.subparkIndex[row] = s;
      out.landUseCodes[row] = t.landUseCodes[r];
      out.landUseCategory[row] = t.landUseCategory[r];
      out.landStatus[row] = t.landStatus[r];
      out.rectification[row] = t.rectification[r];
      for (const f of NUMERIC_FIELDS) numeric[f][row] = t.numeric[f][r];
      for (const f of DATE_FIELDS) dates[f][row] = t.dates[f][r];
      out.names[row] = t.names[r];
      out.enterprises[row] = t.enterprises[r];

      for (let e = t.evalOffsets[r]; e < t.evalOffsets[r + 1]; e++, evalAt++) {
        out.evalYear[evalAt] = t.evalYear[e];
        out.evalPass[evalAt] = t.evalPass[e];
        out.evalScore[evalAt] = t.evalScore[e];
      }
      out.evalOffsets[row + 1] = evalAt;

      for (let k = t.plotPolygonOffsets[r]; k < t.plotPolygonOffsets[r + 1]; k++, polygonAt++) {
        for (let g = t.polygonRingOffsets[k]; g < t.polygonRingOffsets[k + 1]; g++, ringAt++) {
          const from = 2 * t.ringOffsets[g];
          const to = 2 * t.ringOffsets[g + 1];
          out.lonLat.set(t.lonLat.subarray(from, to), 2 * vertexAt);
          vertexAt += (to - from) / 2;
          out.ringOffsets[ringAt + 1] = vertexAt;
        }
        out.polygonRingOffsets[polygonAt + 1] = ringAt;
      }
      out.plotPolygonOffsets[row + 1] = polygonAt;
      row++;
    }
  });
  return out;
}
