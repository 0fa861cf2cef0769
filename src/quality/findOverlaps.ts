import Flatbush from 'flatbush';
import type { PlotTable } from '../schema/index.ts';
import type { QualityFinding } from './qualityFinding.ts';
import { overlapAreaM2 } from './overlapArea.ts';
import { overlapCertainlyBelow, ownEdgeExtents } from './overlapBound.ts';
import type { TableInMetres } from './tableInMetres.ts';

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The finding for plots a and b overlapping by `overlap` m², the earlier one in the input first. */
function overlapFinding(table: PlotTable, areaM2: Float64Array, a: number, b: number, overlap: number): QualityFinding {
  const aFirst = table.sourceIndex[a] <= table.sourceIndex[b];
  const first = aFirst ? a : b, second = aFirst ? b : a;
  const idA = table.ids[first], idB = table.ids[second];
  const shareA = Math.round((overlap / areaM2[first]) * 100);
  const shareB = Math.round((overlap / areaM2[second]) * 100);
  const measure = round2(overlap);
  return {
    kind: 'overlap',
    severity: 'warning',
    code: 'overlap',
    plotIds: [idA, idB],
    indexes: [table.sourceIndex[first], table.sourceIndex[second]],
    rows: [first, second],
    measure,
    unit: 'm2',
    message: `plots ${idA} and ${idB} overlap by ${measure} m² (${shareA}% of ${idA}, ${shareB}% of ${idB}); the overlap counts in both plots' areas`,
  };
}

/**
 * Pairs of plots whose interiors overlap by at least `minM2`: candidates are the pairs whose
 * bounding boxes overlap by at least `minM2` (a flatbush query per plot); a slab bound rules out
 * most neighbours that merely touch (overlapBound.ts); the exact intersection area decides the rest. `skipPair(a, b)` leaves out pairs reported otherwise (duplicates).
 * `areaM2[p]` is each plot's own area, for the share in the message. Every overlapping plot is
 * marked in `problemRows`; at most `listMax` overlaps become findings, `total` counts them all.
 */
export function findOverlaps(
  table: PlotTable,
  metres: TableInMetres,
  areaM2: Float64Array,
  minM2: number,
  skipPair: (a: number, b: number) => boolean,
  listMax: number,
  problemRows: Uint8Array,
): { findings: QualityFinding[]; total: number } {
  const n = table.count;
  const findings: QualityFinding[] = [];
  let total = 0;
  if (n < 2) return { findings, total };
  const { xy, bboxes } = metres;
  const index = new Flatbush(n);
  for (let p = 0; p < n; p++) index.add(bboxes[4 * p], bboxes[4 * p + 1], bboxes[4 * p + 2], bboxes[4 * p + 3]);
  index.finish();
  const own = ownEdgeExtents(xy, table, n);
  // One visitor for all queries: flatbush calls it per candidate in its search order (the order
  // the old result arrays had, which decides which overlaps are listed first) and it returns false,
  // so no array is built per plot. `a` and its box are read from the loop's variables below.
  let a = 0;
  let ax0 = 0, ay0 = 0, ax1 = 0, ay1 = 0;
  const visit = (b: number, bx0: number, by0: number, bx1: number, by1: number): boolean => {
    if (b <= a) return false;
    // The overlap lies within both boxes: a box intersection under the limit rules the pair out.
    // (b's box comes from the index, which holds the same Float64 values as `bboxes`.)
    const w = Math.min(ax1, bx1) - Math.max(ax0, bx0);
    const h = Math.min(ay1, by1) - Math.max(ay0, by0);
    if (w * h < minM2) return false;
    if (skipPair(a, b) || overlapCertainlyBelow(xy, table, a, b, minM2, own)) return false;
    const overlap = overlapAreaM2(xy, table, a, b);
    if (overlap < minM2) return false;
    total++;
    problemRows[a] = 1;
    problemRows[b] = 1;
    // Past the list limit the overlap is counted and drawn, not listed (see qualityReport.ts).
    if (findings.length < listMax) findings.push(overlapFinding(table, areaM2, a, b, overlap));
    return false;
  };
  for (a = 0; a < n; a++) {
    ax0 = bboxes[4 * a];
    ay0 = bboxes[4 * a + 1];
    ax1 = bboxes[4 * a + 2];
    ay1 = bboxes[4 * a + 3];
    index.search(ax0, ay0, ax1, ay1, visit);
  }
  return { findings, total };
}
