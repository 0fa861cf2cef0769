import Flatbush from 'flatbush';

/** Rings with at most this many segments are tested pair by pair; larger ones through a spatial index. */
const BRUTE_FORCE_MAX_SEGMENTS = 64;

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** c lies within the bounding box of segment a–b (only meaningful when the three are collinear). */
function onSegment(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

/** Closed segments a–b and c–d share at least one point (touching counts). */
function segmentsTouch(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): boolean {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) ||
    (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) ||
    (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) ||
    (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by))
  );
}

/**
 * Whether segments i < j of the ring (vertices start.., segment s = vertex s → s+1) make the ring
 * invalid. Neighbours share a vertex by construction, so they only count when they fold back onto
 * each other (a spike); any other contact, even a touch at one vertex, is a self-intersection in
 * the OGC simple-features sense.
 */
function segmentsConflict(xy: Float64Array, start: number, segments: number, i: number, j: number): boolean {
  const a = 2 * (start + i);
  const c = 2 * (start + j);
  if (j === i + 1 || (i === 0 && j === segments - 1)) {
    // Shared vertex S, outer ends P and Q: a fold when P, S, Q are collinear and P, Q on the same side.
    const s = j === i + 1 ? c : a;
    const p = j === i + 1 ? a : c;
    const q = j === i + 1 ? c + 2 : a + 2;
    const ux = xy[p] - xy[s];
    const uy = xy[p + 1] - xy[s + 1];
    const vx = xy[q] - xy[s];
    const vy = xy[q + 1] - xy[s + 1];
    return ux * vy - uy * vx === 0 && ux * vx + uy * vy > 0;
  }
  return segmentsTouch(xy[a], xy[a + 1], xy[a + 2], xy[a + 3], xy[c], xy[c + 1], xy[c + 2], xy[c + 3]);
}

/**
 * The first pair of conflicting segments [i, j] of a closed ring stored in `xy` (interleaved, vertices
 * start..end-1, last = first, no repeated consecutive vertices), or null when the ring is simple.
 * O(n²) for small rings; a Flatbush over segment boxes keeps a 5000-vertex ring near O(n log n).
 */
export function ringSelfIntersection(xy: Float64Array, start: number, end: number): [number, number] | null {
  const segments = end - start - 1;
  if (segments < 3) return null;
  if (segments <= BRUTE_FORCE_MAX_SEGMENTS) {
    for (let i = 0; i < segments - 1; i++) {
      for (let j = i + 1; j < segments; j++) {
        if (segmentsConflict(xy, start, segments, i, j)) return [i, j];
      }
    }
    return null;
  }
  const index = new Flatbush(segments);
  for (let s = 0; s < segments; s++) {
    const a = 2 * (start + s);
    index.add(Math.min(xy[a], xy[a + 2]), Math.min(xy[a + 1], xy[a + 3]), Math.max(xy[a], xy[a + 2]), Math.max(xy[a + 1], xy[a + 3]));
  }
  index.finish();
  for (let i = 0; i < segments; i++) {
    const a = 2 * (start + i);
    const found = index.search(
      Math.min(xy[a], xy[a + 2]), Math.min(xy[a + 1], xy[a + 3]), Math.max(xy[a], xy[a + 2]), Math.max(xy[a + 1], xy[a + 3]),
    );
    for (const j of found) {
      if (j > i && segmentsConflict(xy, start, segments, i, j)) return [i, j];
    }
  }
  return null;
}
