import Flatbush from 'flatbush';
import type { PlotTable } from '../schema/index.ts';
import type { QualityFinding } from './qualityFinding.ts';
import { overlapAreaM2 } from './overlapArea.ts';
import { overlapCertainlyBelow } from './overlapBound.ts';
import type { TableInMetres } from './tableInMetres.ts';

function round2(x: number): number {
  return Math.round(x * 100) / 100;
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
  for (let a = 0; a < n; a++) {
    const ax0 = bboxes[4 * a], ay0 = bboxes[4 * a + 1], ax1 = bboxes[4 * a + 2], ay1 = bboxes[4 * a + 3];
    for (const b of index.search(ax0, ay0, ax1, ay1)) {
      if (b <= a) continue;
      // The overlap lies within both boxes: a box intersection under the limit rules the pair out.
      const w = Math.min(ax1, bboxes[4 * b + 2]) - Math.max(ax0, bboxes[4 * b]);
      const h = Math.min(ay1, bboxes[4 * b + 3]) - Math.max(ay0, bboxes[4 * b + 1]);
      if (w * h < minM2) continue;
      if (skipPair(a, b) || overlapCertainlyBelow(xy, table, a, b, minM2)) continue;
      const overlap = overlapAreaM2(xy, table, a, b);
      if (overlap < minM2) continue;
      total++;
      problemRows[a] = 1;
      problemRows[b] = 1;
      // Past the list limit the overlap is counted and drawn, not listed (see qualityReport.ts).
      if (findings.length >= listMax) continue;
      const [first, second] = table.sourceIndex[a] <= table.sourceIndex[b] ? [a, b] : [b, a];
      const idA = table.ids[first], idB = table.ids[second];
      const shareA = Math.round((overlap / areaM2[first]) * 100);
      const shareB = Math.round((overlap / areaM2[second]) * 100);
      findings.push({
        kind: 'overlap',
        severity: 'warning',
        code: 'overlap',
        plotIds: [idA, idB],
        indexes: [table.sourceIndex[first], table.sourceIndex[second]],
        rows: [first, second],
        measure: round2(overlap),
        unit: 'm2',
        message: `plots ${idA} and ${idB} overlap by ${round2(overlap)} m² (${shareA}% of ${idA}, ${shareB}% of ${idB}); the overlap counts in both plots' areas`,
      });
    }
  }
  return { findings, total };
}
