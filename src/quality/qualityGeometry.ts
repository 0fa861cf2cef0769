import { duplicateGroupOf, duplicateGroups } from './findDuplicates.ts';
import { plotMeasures, type PlotMeasures } from './findSlivers.ts';
import { overlapIndex, overlapPairsInRows, type OverlapPairs } from './overlapPairs.ts';
import type { QualityGeometryTable } from './qualityTable.ts';
import { tableInMetres } from './tableInMetres.ts';

/**
 * The geometric part of the quality report, which is nearly all of its time: plots' areas and
 * widths, groups of identical outlines and overlapping pairs. Numbers only (typed arrays and row
 * lists), so a worker can compute it from the coordinates alone and hand it back cheaply; the
 * findings and their messages are made from it with the ids (qualityReport.ts).
 */
export interface QualityGeometry {
  measures: PlotMeasures;
  /** duplicateGroups: rows of each group of identical outlines. */
  duplicateGroups: number[][];
  /** Overlapping pairs in search order, at most `overlapListMax` of them listed. */
  overlaps: OverlapPairs;
  /** 1 for each row in some overlapping pair, listed or not. */
  overlapRows: Uint8Array;
}

export function qualityGeometry(table: QualityGeometryTable, overlapMinM2: number, overlapListMax: number): QualityGeometry {
  const n = table.count;
  const metres = tableInMetres(table);
  const measures = plotMeasures(table, metres.xy);
  const groups = duplicateGroups(table);
  const groupOf = duplicateGroupOf(n, groups);
  // Identical outlines are reported as duplicates, not as overlaps.
  const sameGroup = (a: number, b: number) => groupOf[a] >= 0 && groupOf[a] === groupOf[b];
  const overlapRows = new Uint8Array(n);
  const overlaps =
    n < 2
      ? { rowsA: new Int32Array(0), rowsB: new Int32Array(0), overlapM2: new Float64Array(0), total: 0 }
      : overlapPairsInRows(table, metres.xy, metres.bboxes, overlapIndex(metres.bboxes, n), overlapMinM2, sameGroup, overlapListMax, overlapRows, 0, n);
  return { measures, duplicateGroups: groups, overlaps, overlapRows };
}

/** The typed arrays of a QualityGeometry, to transfer it from a worker without copying. */
export function qualityGeometryTransfer(g: QualityGeometry): ArrayBuffer[] {
  const { measures, overlaps } = g;
  return [measures.areaM2, measures.minWidthM, overlaps.rowsA, overlaps.rowsB, overlaps.overlapM2, g.overlapRows].map((a) => a.buffer as ArrayBuffer);
}
