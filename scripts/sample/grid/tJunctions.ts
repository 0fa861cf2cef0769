/**
 * Lots that share a side share its vertices. Where a neighbour's corner lies on a lot's side (a
 * T-junction), the lot gets that vertex too, so after the grid is bent the two still meet exactly.
 */
import type { XY } from '../lib/planar.ts';
import type { Rect } from './rect.ts';

export interface CornerIndex {
  /** The ring with every known corner that lies inside one of its axis-parallel sides inserted. */
  withTJunctions(ring: readonly XY[]): XY[];
}

export function cornerIndex(rects: readonly Rect[]): CornerIndex {
  const byU = new Map<number, number[]>();
  const byV = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, key: number, value: number): void => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(value);
  };
  for (const r of rects) {
    for (const u of [r.u0, r.u1]) for (const v of [r.v0, r.v1]) {
      add(byU, u, v);
      add(byV, v, u);
    }
  }
  for (const list of [...byU.values(), ...byV.values()]) list.sort((a, b) => a - b);

  return {
    withTJunctions(ring) {
      const out: XY[] = [];
      for (let i = 0; i < ring.length; i++) {
        const p = ring[i];
        const q = ring[(i + 1) % ring.length];
        out.push(p);
        if (p[0] === q[0]) insertBetween(out, byU.get(p[0]), p[1], q[1], (t) => [p[0], t]);
        else if (p[1] === q[1]) insertBetween(out, byV.get(p[1]), p[0], q[0], (t) => [t, p[1]]);
      }
      return out;
    },
  };
}

function insertBetween(out: XY[], sorted: number[] | undefined, from: number, to: number, make: (t: number) => XY): void {
  if (!sorted) return;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const inner: number[] = [];
  for (const t of sorted) if (t > lo && t < hi && inner[inner.length - 1] !== t) inner.push(t);
  if (from > to) inner.reverse();
  for (const t of inner) out.push(make(t));
}
