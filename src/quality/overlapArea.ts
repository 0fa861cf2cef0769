import { endRingOf, firstRingOf, type PlotRings } from './plotRings.ts';

/** Points closer than this to an edge lie on it (metres): well below what degrees carry (~0.1 mm). */
const ON_EDGE_M = 1e-6;
const ON_EDGE_SQ = ON_EDGE_M * ON_EDGE_M;
/**
 * A point farther than this from an edge's bounding box is not within ON_EDGE_M of the edge: the
 * nearest point computed on the edge lies in the box up to rounding (1e-11 m at 100 km from the
 * origin), so twice ON_EDGE_M leaves ample room and the pruned test answers exactly as the full one.
 */
const NEAR_BOX_M = 2 * ON_EDGE_M;
/** Margin, relative to the edges' lengths, beyond which two edges' boxes are apart (boundaryInside). */
const FAR_BOX_REL = 1e-3;
/** Edges meeting at a smaller angle (squared sine) count as parallel. */
const PARALLEL_SIN_SQ = 1e-20;

const OUTSIDE = 0;
const INSIDE = 1;
/** On an edge of the other plot that runs the same way (both interiors on one side). */
const ON_SAME = 2;
/** On an edge running the opposite way: the two plots meet there, back to back. */
const ON_OPPOSITE = 3;

/** Cut parameters along the current edge; grown on demand, reused between calls. */
let cuts = new Float64Array(64);

/**
 * Where a point lies relative to plot q (even-odd over all its rings, holes included). A point
 * within ON_EDGE_M of an edge is on the boundary, and the edge's direction is compared with (dx, dy).
 */
function classify(xy: Float64Array, g: PlotRings, q: number, px: number, py: number, dx: number, dy: number): number {
  let inside = false;
  for (let r = firstRingOf(g, q), r1 = endRingOf(g, q); r < r1; r++) {
    for (let v = g.ringOffsets[r], v1 = g.ringOffsets[r + 1] - 1; v < v1; v++) {
      const ax = xy[2 * v], ay = xy[2 * v + 1], bx = xy[2 * v + 2], by = xy[2 * v + 3];
      // Far outside the edge's box (by more than ON_EDGE_M, with room for rounding) the point
      // cannot be on the edge: skip the projection and its division, keep only the ray test.
      if (
        (px < ax - NEAR_BOX_M && px < bx - NEAR_BOX_M) ||
        (px > ax + NEAR_BOX_M && px > bx + NEAR_BOX_M) ||
        (py < ay - NEAR_BOX_M && py < by - NEAR_BOX_M) ||
        (py > ay + NEAR_BOX_M && py > by + NEAR_BOX_M)
      ) {
        if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
        continue;
      }
      const ex = bx - ax, ey = by - ay;
      const lenSq = ex * ex + ey * ey;
      let t = lenSq > 0 ? ((px - ax) * ex + (py - ay) * ey) / lenSq : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const fx = ax + t * ex - px, fy = ay + t * ey - py;
      if (fx * fx + fy * fy < ON_EDGE_SQ) return ex * dx + ey * dy > 0 ? ON_SAME : ON_OPPOSITE;
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
    }
  }
  return inside ? INSIDE : OUTSIDE;
}

/**
 * Sum over the edges of plot p of the shoelace terms of the pieces that lie inside plot q (and, when
 * `countShared`, of the pieces on an edge of q running the same way), relative to (ox, oy).
 */
function boundaryInside(xy: Float64Array, g: PlotRings, p: number, q: number, countShared: boolean, ox: number, oy: number): number {
  let sum = 0;
  const q0 = firstRingOf(g, q), q1 = endRingOf(g, q);
  // q's box and its longest edge (|sx| + |sy|), for the whole-edge test below.
  let qx0 = Infinity, qy0 = Infinity, qx1 = -Infinity, qy1 = -Infinity, qSpan = 0;
  for (let s = q0; s < q1; s++) {
    for (let w = g.ringOffsets[s], w1 = g.ringOffsets[s + 1] - 1; w < w1; w++) {
      const cx = xy[2 * w], cy = xy[2 * w + 1];
      if (cx < qx0) qx0 = cx;
      if (cx > qx1) qx1 = cx;
      if (cy < qy0) qy0 = cy;
      if (cy > qy1) qy1 = cy;
      const span = Math.abs(xy[2 * w + 2] - cx) + Math.abs(xy[2 * w + 3] - cy);
      if (span > qSpan) qSpan = span;
    }
  }
  // An edge of p gets at most two cuts per edge of q, plus its ends.
  const maxCuts = 2 * (g.ringOffsets[q1] - g.ringOffsets[q0]) + 2;
  if (cuts.length < maxCuts) cuts = new Float64Array(Math.max(maxCuts, 2 * cuts.length));
  for (let r = firstRingOf(g, p), r1 = endRingOf(g, p); r < r1; r++) {
    for (let v = g.ringOffsets[r], v1 = g.ringOffsets[r + 1] - 1; v < v1; v++) {
      const ax = xy[2 * v], ay = xy[2 * v + 1];
      const rx = xy[2 * v + 2] - ax, ry = xy[2 * v + 3] - ay;
      const lenSq = rx * rx + ry * ry;
      if (lenSq === 0) continue;
      const bx = xy[2 * v + 2], by = xy[2 * v + 3];
      const nearX0 = Math.min(ax, bx) - NEAR_BOX_M, nearX1 = Math.max(ax, bx) + NEAR_BOX_M;
      const nearY0 = Math.min(ay, by) - NEAR_BOX_M, nearY1 = Math.max(ay, by) + NEAR_BOX_M;
      // An edge whose box lies apart from q's box by more than the largest gap below (plus
      // NEAR_BOX_M) adds nothing, as the full test would find: every edge pair is skipped, so the
      // edge is one piece, and its midpoint, outside q's box, is OUTSIDE (a ray from it crosses
      // no edge of q, or every ring an even number of times, far from rounding). `rSpan` is summed
      // in the order `gap` sums it below, so both see the same value.
      const rSpan = Math.abs(rx) + Math.abs(ry);
      const apart = FAR_BOX_REL * (rSpan + qSpan) + 2 * NEAR_BOX_M;
      if (nearX1 < qx0 - apart || nearX0 > qx1 + apart || nearY1 < qy0 - apart || nearY0 > qy1 + apart) continue;
      // Where the edge meets q's boundary: crossings, and q's vertices that lie on it.
      let n = 0;
      cuts[n++] = 0;
      for (let s = q0; s < q1; s++) {
        for (let w = g.ringOffsets[s], w1 = g.ringOffsets[s + 1] - 1; w < w1; w++) {
          const cx = xy[2 * w], cy = xy[2 * w + 1];
          const sx = xy[2 * w + 2] - cx, sy = xy[2 * w + 3] - cy;
          const qx = cx - ax, qy = cy - ay;
          // Boxes apart by more than the rounding of a crossing (relative error under ~1e-5 of
          // the edges' lengths at the parallel limit below; 1e-3 leaves a hundredfold margin):
          // neither a crossing nor a vertex on the edge can be found, so skip the divisions.
          const gap = FAR_BOX_REL * (rSpan + Math.abs(sx) + Math.abs(sy)) + NEAR_BOX_M;
          if (
            (cx < nearX0 - gap && cx + sx < nearX0 - gap) ||
            (cx > nearX1 + gap && cx + sx > nearX1 + gap) ||
            (cy < nearY0 - gap && cy + sy < nearY0 - gap) ||
            (cy > nearY1 + gap && cy + sy > nearY1 + gap)
          ) continue;
          // A crossing, unless the edges are (nearly) parallel, where the crossing point is
          // ill-conditioned and the vertex test below finds the cut instead.
          const denom = rx * sy - ry * sx;
          if (denom * denom > PARALLEL_SIN_SQ * lenSq * (sx * sx + sy * sy)) {
            const t = (qx * sy - qy * sx) / denom;
            const u = (qx * ry - qy * rx) / denom;
            if (u >= 0 && u <= 1 && t > 0 && t < 1) cuts[n++] = t;
          }
          // q's vertex lying on the edge (a T-junction, or the end of a shared stretch); a vertex
          // outside the edge's box by more than NEAR_BOX_M cannot be (see NEAR_BOX_M).
          if (cx < nearX0 || cx > nearX1 || cy < nearY0 || cy > nearY1) continue;
          const tv = (qx * rx + qy * ry) / lenSq;
          if (tv > 0 && tv < 1) {
            const ex = ax + tv * rx - cx, ey = ay + tv * ry - cy;
            if (ex * ex + ey * ey < ON_EDGE_SQ) cuts[n++] = tv;
          }
        }
      }
      cuts[n++] = 1;
      // Insertion sort: an edge has a handful of cuts, and sorting in place allocates nothing
      // (a subarray per edge was most of the garbage at a million plots).
      for (let i = 2; i < n - 1; i++) {
        const t = cuts[i];
        let j = i - 1;
        while (cuts[j] > t) {
          cuts[j + 1] = cuts[j];
          j--;
        }
        cuts[j + 1] = t;
      }
      for (let i = 0; i + 1 < n; i++) {
        const ta = cuts[i], tb = cuts[i + 1];
        if (tb - ta < 1e-12) continue;
        const tm = (ta + tb) / 2;
        const mx = ax + tm * rx, my = ay + tm * ry;
        // Outside q's box by more than NEAR_BOX_M the midpoint is OUTSIDE, as for whole edges above.
        if (mx < qx0 - 2 * NEAR_BOX_M || mx > qx1 + 2 * NEAR_BOX_M || my < qy0 - 2 * NEAR_BOX_M || my > qy1 + 2 * NEAR_BOX_M) continue;
        const where = classify(xy, g, q, mx, my, rx, ry);
        if (where === INSIDE || (countShared && where === ON_SAME)) {
          const x1 = ax + ta * rx - ox, y1 = ay + ta * ry - oy;
          const x2 = ax + tb * rx - ox, y2 = ay + tb * ry - oy;
          sum += x1 * y2 - x2 * y1;
        }
      }
    }
  }
  return sum;
}

/**
 * Area (m²) of the intersection of plots a and b, whose rings are in `xy` (metres) with outer rings
 * counter-clockwise and holes clockwise, as the PlotTable stores them.
 *
 * By Green's theorem the area of A∩B is the shoelace sum over its boundary, which is made of the
 * pieces of A's edges inside B and of B's edges inside A. Edges the two share count once when
 * both interiors lie on the same side (identical or nested outlines) and not at all when they meet
 * back to back (neighbours): so neighbours that share an edge exactly overlap by 0. Works for
 * concave polygons, holes and MultiPolygons; costs O(edges(a) × edges(b)).
 */
export function overlapAreaM2(xy: Float64Array, g: PlotRings, a: number, b: number): number {
  const v = g.ringOffsets[firstRingOf(g, a)];
  const ox = xy[2 * v], oy = xy[2 * v + 1];
  const twice = boundaryInside(xy, g, a, b, true, ox, oy) + boundaryInside(xy, g, b, a, false, ox, oy);
  return Math.max(0, twice / 2);
}
