import Flatbush from 'flatbush';
import { overlapAreaM2 } from './overlapArea.ts';
import { fillOwnEdgeExtents, overlapCertainlyBelow } from './overlapBound.ts';
import { overlapCertainlyAtLeast } from './overlapLowerBound.ts';
import { endRingOf, firstRingOf, type PlotRings } from './plotRings.ts';

/** Overlapping pairs found for a range of rows, in search order. */
export interface OverlapPairs {
  /** The first `listMax` pairs found: rows a < b and their overlap (m²). */
  rowsA: Int32Array;
  rowsB: Int32Array;
  overlapM2: Float64Array;
  /** Every overlapping pair, listed or not. */
  total: number;
}

/**
 * The index over the plots' boxes (minX, minY, maxX, maxY per plot) that overlap search queries.
 * Its node size fixes the order in which a query visits candidates, which decides which overlaps
 * are listed first: keep flatbush's default.
 */
export function overlapIndex(bboxes: Float64Array, count: number): Flatbush {
  const index = new Flatbush(count);
  for (let p = 0; p < count; p++) index.add(bboxes[4 * p], bboxes[4 * p + 1], bboxes[4 * p + 2], bboxes[4 * p + 3]);
  index.finish();
  return index;
}

/**
 * The pairs (a, b), a in [rowStart, rowEnd) and b > a, whose interiors overlap by at least `minM2`,
 * in the order the plots' own queries find them (a ascending, then the index's search order):
 * so the pairs of consecutive row ranges, concatenated, are the pairs of the whole table in order.
 * Candidates are the pairs whose boxes overlap by at least `minM2`; a disc inside both plots
 * proves most true overlaps at once (overlapLowerBound.ts), a slab bound rules out most neighbours
 * that merely touch (overlapBound.ts); the exact intersection area decides. `skipPair(a, b)` leaves
 * out pairs reported otherwise (duplicates). Both plots of every pair are marked in `problemRows`.
 */
export function overlapPairsInRows(
  g: PlotRings,
  xy: Float64Array,
  bboxes: Float64Array,
  index: Flatbush,
  minM2: number,
  skipPair: (a: number, b: number) => boolean,
  listMax: number,
  problemRows: Uint8Array,
  rowStart: number,
  rowEnd: number,
): OverlapPairs {
  const listedA: number[] = [], listedB: number[] = [], listedM2: number[] = [];
  let total = 0;
  // Each plot's extents along its own edges, filled the first time a pair needs the slab bound,
  // plot p's from ownBase[p] + 4 × its first vertex. Packed in a pool grown on demand: fresh memory
  // costs its page faults (~4 ms per MB here), and at a million plots 32 bytes for every vertex
  // cost more than the extents themselves.
  let own = new Float64Array(1 << 12);
  let ownUsed = 0;
  const ownBase = new Float64Array(bboxes.length / 4).fill(NaN);
  const ownOf = (p: number): number => {
    if (ownBase[p] === ownBase[p]) return ownBase[p];
    const v0 = g.ringOffsets[firstRingOf(g, p)], v1 = g.ringOffsets[endRingOf(g, p)];
    const size = 4 * (v1 - v0);
    if (ownUsed + size > own.length) {
      const grown = new Float64Array(Math.max(2 * own.length, ownUsed + size));
      grown.set(own.subarray(0, ownUsed));
      own = grown;
    }
    const base = ownUsed - 4 * v0;
    ownUsed += size;
    fillOwnEdgeExtents(xy, g, p, own, base);
    ownBase[p] = base;
    return base;
  };
  // One visitor for all queries: flatbush calls it per candidate in its search order and it
  // returns false, so no array is built per plot. `a` and its box are the loop's variables below.
  let a = 0;
  let ax0 = 0, ay0 = 0, ax1 = 0, ay1 = 0;
  const visit = (b: number, bx0: number, by0: number, bx1: number, by1: number): boolean => {
    if (b <= a) return false;
    // The overlap lies within both boxes: a box intersection under the limit rules the pair out.
    // (b's box comes from the index, which holds the same Float64 values as `bboxes`.)
    const x0 = Math.max(ax0, bx0), x1 = Math.min(ax1, bx1);
    const y0 = Math.max(ay0, by0), y1 = Math.min(ay1, by1);
    if ((x1 - x0) * (y1 - y0) < minM2) return false;
    if (skipPair(a, b)) return false;
    if (!overlapCertainlyAtLeast(xy, g, a, b, (x0 + x1) / 2, (y0 + y1) / 2, minM2)) {
      const aBase = ownOf(a), bBase = ownOf(b);
      if (overlapCertainlyBelow(xy, g, a, b, minM2, own, aBase, bBase)) return false;
    }
    const overlap = overlapAreaM2(xy, g, a, b);
    if (overlap < minM2) return false;
    total++;
    problemRows[a] = 1;
    problemRows[b] = 1;
    if (listedA.length < listMax) {
      listedA.push(a);
      listedB.push(b);
      listedM2.push(overlap);
    }
    return false;
  };
  for (a = rowStart; a < rowEnd; a++) {
    ax0 = bboxes[4 * a];
    ay0 = bboxes[4 * a + 1];
    ax1 = bboxes[4 * a + 2];
    ay1 = bboxes[4 * a + 3];
    index.search(ax0, ay0, ax1, ay1, visit);
  }
  return { rowsA: Int32Array.from(listedA), rowsB: Int32Array.from(listedB), overlapM2: Float64Array.from(listedM2), total };
}
