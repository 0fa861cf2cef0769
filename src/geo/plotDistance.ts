import type { PlotTable } from '../schema/index.ts';

// Segment helpers live in this module: calls across module boundaries cost a binding lookup
// each under some loaders (tsx), and these run tens of millions of times per analysis.
/** Squared distance from point p to segment ab. */
function pointSegmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lenSq = dx * dx + dy * dy;
  let t = lenSq > 0 ? ((px - ax) * dx + (py - ay) * dy) / lenSq : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return (
    Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by)
  );
}

/** True when segments ab and cd share at least one point (touching counts). */
function segmentsIntersect(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): boolean {
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return true;
  if (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return true;
  if (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return true;
  if (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return true;
  return false;
}

type Geometry = Pick<PlotTable, 'ringOffsets' | 'polygonRingOffsets' | 'plotPolygonOffsets'>;

/** Even-odd point-in-polygon over all rings of polygon k (outer ring and holes together). */
function pointInPolygon(xy: Float64Array, g: Geometry, k: number, px: number, py: number): boolean {
  let inside = false;
  for (let r = g.polygonRingOffsets[k]; r < g.polygonRingOffsets[k + 1]; r++) {
    const v0 = g.ringOffsets[r];
    const v1 = g.ringOffsets[r + 1];
    for (let v = v0, u = v1 - 1; v < v1; u = v++) {
      const xi = xy[2 * v], yi = xy[2 * v + 1];
      const xj = xy[2 * u], yj = xy[2 * u + 1];
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function pointInPlot(xy: Float64Array, g: Geometry, p: number, px: number, py: number): boolean {
  for (let k = g.plotPolygonOffsets[p]; k < g.plotPolygonOffsets[p + 1]; k++) {
    if (pointInPolygon(xy, g, k, px, py)) return true;
  }
  return false;
}

/** True when some vertex of one polygon of `a` lies inside `b`, one polygon at a time. */
function anyPolygonInside(xy: Float64Array, g: Geometry, a: number, b: number): boolean {
  for (let k = g.plotPolygonOffsets[a]; k < g.plotPolygonOffsets[a + 1]; k++) {
    const v = g.ringOffsets[g.polygonRingOffsets[k]];
    if (pointInPlot(xy, g, b, xy[2 * v], xy[2 * v + 1])) return true;
  }
  return false;
}

/**
 * Minimum distance in metres between the boundaries of plots a and b: 0 when they touch, cross or
 * one lies inside the other. Stops early and returns a value ≤ `stopAtM` as soon as the distance is
 * known to be at most `stopAtM` (pass 0 for the exact distance).
 */
export function plotDistanceM(xy: Float64Array, g: Geometry, a: number, b: number, stopAtM = 0): number {
  const stopSq = stopAtM * stopAtM;
  let bestSq = Infinity;
  const ra0 = g.polygonRingOffsets[g.plotPolygonOffsets[a]];
  const ra1 = g.polygonRingOffsets[g.plotPolygonOffsets[a + 1]];
  const rb0 = g.polygonRingOffsets[g.plotPolygonOffsets[b]];
  const rb1 = g.polygonRingOffsets[g.plotPolygonOffsets[b + 1]];
  for (let ra = ra0; ra < ra1; ra++) {
    for (let i = g.ringOffsets[ra]; i < g.ringOffsets[ra + 1] - 1; i++) {
      const ax = xy[2 * i], ay = xy[2 * i + 1], bx = xy[2 * i + 2], by = xy[2 * i + 3];
      const sMinX = Math.min(ax, bx), sMaxX = Math.max(ax, bx), sMinY = Math.min(ay, by), sMaxY = Math.max(ay, by);
      for (let rb = rb0; rb < rb1; rb++) {
        for (let j = g.ringOffsets[rb]; j < g.ringOffsets[rb + 1] - 1; j++) {
          const cx = xy[2 * j], cy = xy[2 * j + 1], dx = xy[2 * j + 2], dy = xy[2 * j + 3];
          // Skip pairs whose boxes are already further apart than the best distance found.
          const gx = Math.max(0, Math.min(cx, dx) - sMaxX, sMinX - Math.max(cx, dx));
          const gy = Math.max(0, Math.min(cy, dy) - sMaxY, sMinY - Math.max(cy, dy));
          if (gx * gx + gy * gy >= bestSq) continue;
          if (segmentsIntersect(ax, ay, bx, by, cx, cy, dx, dy)) return 0;
          const d = Math.min(
            pointSegmentDistanceSq(ax, ay, cx, cy, dx, dy),
            pointSegmentDistanceSq(bx, by, cx, cy, dx, dy),
            pointSegmentDistanceSq(cx, cy, ax, ay, bx, by),
            pointSegmentDistanceSq(dx, dy, ax, ay, bx, by),
          );
          if (d < bestSq) {
            bestSq = d;
            if (bestSq <= stopSq) return Math.sqrt(bestSq);
          }
        }
      }
    }
  }
  // Boundaries apart: the plots still overlap when one lies inside the other.
  if (anyPolygonInside(xy, g, a, b) || anyPolygonInside(xy, g, b, a)) return 0;
  return Math.sqrt(bestSq);
}

/** Squared distance between two boxes given as [minX, minY, maxX, maxY] at offsets i and j of `boxes`. */
export function boxDistanceSq(boxes: Float64Array, i: number, j: number): number {
  const gx = Math.max(0, boxes[4 * j] - boxes[4 * i + 2], boxes[4 * i] - boxes[4 * j + 2]);
  const gy = Math.max(0, boxes[4 * j + 1] - boxes[4 * i + 3], boxes[4 * i + 1] - boxes[4 * j + 3]);
  return gx * gx + gy * gy;
}
