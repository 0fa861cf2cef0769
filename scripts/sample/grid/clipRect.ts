import type { XY } from '../lib/planar.ts';
import type { Rect } from './rect.ts';

/**
 * Sutherland–Hodgman against an axis-aligned rectangle. Points where the ring crosses a side get
 * that side's coordinate exactly, so they line up with the neighbouring lot's corners.
 */
export function clipRingToRect(ring: readonly XY[], r: Rect): XY[] {
  let out = ring.slice();
  out = clipAxis(out, 0, r.u0, true);
  out = clipAxis(out, 0, r.u1, false);
  out = clipAxis(out, 1, r.v0, true);
  out = clipAxis(out, 1, r.v1, false);
  return out;
}

function clipAxis(input: XY[], axis: 0 | 1, value: number, keepAbove: boolean): XY[] {
  if (input.length === 0) return input;
  const inside = (p: XY): boolean => (keepAbove ? p[axis] >= value : p[axis] <= value);
  const out: XY[] = [];
  for (let i = 0; i < input.length; i++) {
    const cur = input[i];
    const prev = input[(i + input.length - 1) % input.length];
    const ci = inside(cur);
    const pi = inside(prev);
    if (ci !== pi) {
      const t = (value - prev[axis]) / (cur[axis] - prev[axis]);
      const other = axis === 0 ? 1 : 0;
      const p: XY = [0, 0];
      p[axis] = value;
      p[other] = prev[other] + (cur[other] - prev[other]) * t;
      out.push(p);
    }
    if (ci) out.push(cur);
  }
  return out;
}
