import type { XY } from '../lib/planar.ts';

/**
 * Drops vertices within `tolM` of the line through their neighbours (the outline's densified points
 * along a straight cut) and zero-width spikes that clipping can leave where the outline grazes a side.
 */
export function simplifyRing(ring: readonly XY[], tolM: number): XY[] {
  let out = ring.slice();
  for (let changed = true; changed && out.length > 3; ) {
    changed = false;
    for (let i = 0; i < out.length && out.length > 3; i++) {
      const a = out[(i + out.length - 1) % out.length];
      const b = out[i];
      const c = out[(i + 1) % out.length];
      const acx = c[0] - a[0];
      const acy = c[1] - a[1];
      const len = Math.hypot(acx, acy);
      const dist = len === 0 ? Math.hypot(b[0] - a[0], b[1] - a[1]) : Math.abs(acx * (b[1] - a[1]) - acy * (b[0] - a[0])) / len;
      const spike = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]) < 0;
      if (dist < tolM || (spike && dist < 1)) {
        out = out.filter((_, k) => k !== i);
        changed = true;
        i--;
      }
    }
  }
  return out;
}
