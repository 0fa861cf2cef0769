/**
 * Lots meet rivers at the banks: a lot a river runs through becomes the part on each side; the
 * water between the bridges becomes water plots.
 */
import { signedAreaXY, type XY } from '../lib/planar.ts';
import type { RiverBand } from '../outline/riverBand.ts';
import { clipRingToRect } from '../grid/clipRect.ts';
import type { Rect } from '../grid/rect.ts';

export interface RiverCut {
  /** The parts of a lot (its ring within the outline, or 'inside' for the whole rect) beside the rivers; [] to leave it out. */
  beside(rect: Rect, cut: 'inside' | XY[]): XY[][];
  /** Water of the rivers within a rect. */
  waterIn(rect: Rect): XY[][];
}

function bounds(ring: readonly XY[]): Rect {
  const r = { u0: Infinity, v0: Infinity, u1: -Infinity, v1: -Infinity };
  for (const [u, v] of ring) {
    r.u0 = Math.min(r.u0, u);
    r.v0 = Math.min(r.v0, v);
    r.u1 = Math.max(r.u1, u);
    r.v1 = Math.max(r.v1, v);
  }
  return r;
}

const overlaps = (a: Rect, b: Rect): boolean => a.u0 < b.u1 && b.u0 < a.u1 && a.v0 < b.v1 && b.v0 < a.v1;

function rectRing(r: Rect): XY[] {
  return [
    [r.u0, r.v0],
    [r.u1, r.v0],
    [r.u1, r.v1],
    [r.u0, r.v1],
  ];
}

export function riverCut(rivers: readonly RiverBand[]): RiverCut {
  const boxes = rivers.map((r) => bounds(r.ring));
  const wet = (rect: Rect): { river: RiverBand; water: XY[] }[] =>
    rivers.flatMap((river, i) => {
      if (!overlaps(boxes[i], rect)) return [];
      const water = clipRingToRect(river.ring, rect);
      return water.length >= 3 && Math.abs(signedAreaXY(water)) > 1 ? [{ river, water }] : [];
    });
  return {
    beside(rect, cut) {
      const touching = wet(rect);
      if (touching.length === 0) return [cut === 'inside' ? rectRing(rect) : cut];
      // A lot at the park's edge or at a river crossing would need a general polygon cut: left out.
      if (cut !== 'inside' || touching.length > 1) return [];
      const { river } = touching[0];
      return [river.left, river.right]
        .map((side) => clipRingToRect(side, rect))
        .filter((part) => part.length >= 3 && signedAreaXY(part) !== 0)
        .map((part) => (signedAreaXY(part) < 0 ? part.reverse() : part));
    },
    waterIn(rect) {
      return wet(rect).map((w) => w.water);
    },
  };
}
