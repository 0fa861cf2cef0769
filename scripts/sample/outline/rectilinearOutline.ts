/**
 * Park boundaries run mostly along roads: the irregular shape is laid over the piece's road grid
 * (the cells between road centre lines), the cells inside are traced into a staircase outline along
 * the roads, and a few corners are cut diagonally (a road or river at an angle).
 */
import { pointInRingXY, signedAreaXY, type XY } from '../lib/planar.ts';
import type { Rng } from '../lib/prng.ts';

/** A cell test beyond the shape: on land in the district, clear of pieces already placed. */
export type CellTest = (u0: number, v0: number, u1: number, v1: number) => boolean;

/** `us`, `vs`: ascending road centre-line positions; cells lie between consecutive ones. */
export function rectilinearOutline(shape: readonly XY[], us: readonly number[], vs: readonly number[], accept: CellTest, chamferShare: number, rng: Rng): { ring: XY[]; areaM2: number } {
  const ni = us.length - 1;
  const nj = vs.length - 1;
  const filled = new Uint8Array(ni * nj);
  for (let j = 0; j < nj; j++) {
    for (let i = 0; i < ni; i++) {
      const cu = (us[i] + us[i + 1]) / 2;
      const cv = (vs[j] + vs[j + 1]) / 2;
      if (pointInRingXY(cu, cv, shape) && accept(us[i], vs[j], us[i + 1], vs[j + 1])) filled[j * ni + i] = 1;
    }
  }
  if (!filled.some((x) => x === 1)) return { ring: [], areaM2: 0 };
  const at = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < ni && j < nj && filled[j * ni + i] === 1;

  // Directed boundary edges with the filled cell on the left (counter-clockwise outer loops).
  const next = new Map<string, [number, number][]>();
  const key = (i: number, j: number): string => `${i},${j}`;
  const addEdge = (a: [number, number], b: [number, number]): void => {
    const k = key(a[0], a[1]);
    const list = next.get(k);
    if (list) list.push(b);
    else next.set(k, [b]);
  };
  for (let j = 0; j < nj; j++) {
    for (let i = 0; i < ni; i++) {
      if (!at(i, j)) continue;
      if (!at(i, j - 1)) addEdge([i, j], [i + 1, j]);
      if (!at(i + 1, j)) addEdge([i + 1, j], [i + 1, j + 1]);
      if (!at(i, j + 1)) addEdge([i + 1, j + 1], [i, j + 1]);
      if (!at(i - 1, j)) addEdge([i, j + 1], [i, j]);
    }
  }

  let best: [number, number][] = [];
  let bestArea = 0;
  const used = new Set<string>();
  for (const [startKey, targets] of [...next.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const firstTarget of targets) {
      const edgeKey = `${startKey}>${firstTarget}`;
      if (used.has(edgeKey)) continue;
      const loop = traceLoop(startKey, firstTarget, next, used);
      const area = signedAreaXY(loop);
      if (area > bestArea) {
        bestArea = area;
        best = loop;
      }
    }
  }
  const corners = dropCollinear(best).map(([i, j]): XY => [us[i], vs[j]]);
  const ring = chamfer(corners, chamferShare, rng);
  return { ring, areaM2: signedAreaXY(ring) };
}

function traceLoop(startKey: string, firstTarget: [number, number], next: Map<string, [number, number][]>, used: Set<string>): [number, number][] {
  const start = startKey.split(',').map(Number) as [number, number];
  const loop: [number, number][] = [start];
  let prev = start;
  let cur = firstTarget;
  used.add(`${startKey}>${firstTarget}`);
  for (let guard = 0; guard < 1_000_000; guard++) {
    const k = `${cur[0]},${cur[1]}`;
    if (k === startKey) break;
    loop.push(cur);
    const options = (next.get(k) ?? []).filter((t) => !used.has(`${k}>${t}`));
    if (options.length === 0) break;
    // At a pinch (two cells touching only at a corner) turn left, which keeps the loops apart.
    const dx = cur[0] - prev[0];
    const dy = cur[1] - prev[1];
    const choice = options.length === 1 ? options[0] : options.find((t) => dx * (t[1] - cur[1]) - dy * (t[0] - cur[0]) > 0) ?? options[0];
    used.add(`${k}>${choice}`);
    prev = cur;
    cur = choice;
  }
  return loop;
}

function dropCollinear(loop: [number, number][]): [number, number][] {
  return loop.filter((p, i) => {
    const a = loop[(i + loop.length - 1) % loop.length];
    const b = loop[(i + 1) % loop.length];
    return (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0]) !== 0;
  });
}

/** Cuts some convex corners with a diagonal. */
function chamfer(corners: XY[], share: number, rng: Rng): XY[] {
  const out: XY[] = [];
  corners.forEach((p, i) => {
    const a = corners[(i + corners.length - 1) % corners.length];
    const b = corners[(i + 1) % corners.length];
    const convex = (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0]) > 0;
    const lenIn = Math.hypot(p[0] - a[0], p[1] - a[1]);
    const lenOut = Math.hypot(b[0] - p[0], b[1] - p[1]);
    if (!convex || !rng.chance(share)) {
      out.push(p);
      return;
    }
    const d = rng.range(0.2, 0.45) * Math.min(lenIn, lenOut);
    const d1 = Math.min(d * rng.range(0.7, 1.3), 0.45 * lenIn);
    const d2 = Math.min(d * rng.range(0.7, 1.3), 0.45 * lenOut);
    out.push([p[0] - ((p[0] - a[0]) / lenIn) * d1, p[1] - ((p[1] - a[1]) / lenIn) * d1]);
    out.push([p[0] + ((b[0] - p[0]) / lenOut) * d2, p[1] + ((b[1] - p[1]) / lenOut) * d2]);
  });
  return out;
}
