/**
 * A piece's outline in its grid frame, indexed by horizontal bands, answering: is this lot inside,
 * outside, or on the edge — and if on the edge, what is left of it.
 */
import type { Position } from 'geojson';
import { localProjection, projectLonLat } from '../../../src/index.ts';
import { segmentsCross, signedAreaXY, type XY } from '../lib/planar.ts';
import { clipRingToRect } from './clipRect.ts';
import type { GridFrame } from './gridFrame.ts';
import type { Rect } from './rect.ts';

const BAND_M = 100;
/** Outline edges are split to this length before going into the bent grid frame. */
const DENSIFY_M = 40;

interface Edge {
  ring: number;
  a: XY;
  b: XY;
}

export interface OutlineIndex {
  bounds: Rect;
  /** null: the rect is outside; 'inside': wholly inside; else the part of the rect inside. */
  clip(rect: Rect): null | 'inside' | XY[];
}

/** Polygons (lon/lat) as open rings in a piece's grid frame, edges split to ≤ 40 m first. */
export function polygonsToUV(polygons: Position[][][], lon0: number, lat0: number, frame: GridFrame): { rings: XY[][]; isHole: boolean[] } {
  const proj = localProjection(lon0, lat0);
  const rings: XY[][] = [];
  const isHole: boolean[] = [];
  for (const polygon of polygons) {
    polygon.forEach((ring, r) => {
      const flat = new Float64Array(ring.length * 2);
      ring.forEach((p, i) => {
        flat[2 * i] = p[0];
        flat[2 * i + 1] = p[1];
      });
      projectLonLat(proj, flat, flat);
      const xy: XY[] = [];
      for (let i = 0; i + 1 < ring.length; i++) {
        const ax = flat[2 * i];
        const ay = flat[2 * i + 1];
        const bx = flat[2 * i + 2];
        const by = flat[2 * i + 3];
        const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / DENSIFY_M));
        for (let k = 0; k < n; k++) xy.push(frame.toUV(ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n));
      }
      rings.push(xy);
      isHole.push(r > 0);
    });
  }
  return { rings, isHole };
}

export function outlineIndex(polygons: Position[][][], lon0: number, lat0: number, frame: GridFrame): OutlineIndex {
  const { rings, isHole } = polygonsToUV(polygons, lon0, lat0, frame);
  const bands = new Map<number, Edge[]>();
  const bounds: Rect = { u0: Infinity, v0: Infinity, u1: -Infinity, v1: -Infinity };
  rings.forEach((ring, r) => {
    ring.forEach((a, i) => {
      const b = ring[(i + 1) % ring.length];
      bounds.u0 = Math.min(bounds.u0, a[0]);
      bounds.v0 = Math.min(bounds.v0, a[1]);
      bounds.u1 = Math.max(bounds.u1, a[0]);
      bounds.v1 = Math.max(bounds.v1, a[1]);
      const lo = Math.floor(Math.min(a[1], b[1]) / BAND_M);
      const hi = Math.floor(Math.max(a[1], b[1]) / BAND_M);
      for (let k = lo; k <= hi; k++) {
        let list = bands.get(k);
        if (!list) bands.set(k, (list = []));
        list.push({ ring: r, a, b });
      }
    });
  });

  const edgesNear = (rect: Rect): Edge[] => {
    const seen = new Set<Edge>();
    const lo = Math.floor(rect.v0 / BAND_M);
    const hi = Math.floor(rect.v1 / BAND_M);
    for (let k = lo; k <= hi; k++) {
      for (const e of bands.get(k) ?? []) {
        if (Math.max(e.a[0], e.b[0]) < rect.u0 || Math.min(e.a[0], e.b[0]) > rect.u1) continue;
        if (Math.max(e.a[1], e.b[1]) < rect.v0 || Math.min(e.a[1], e.b[1]) > rect.v1) continue;
        seen.add(e);
      }
    }
    return [...seen];
  };

  const inside = (u: number, v: number): boolean => {
    let count = false;
    for (const e of bands.get(Math.floor(v / BAND_M)) ?? []) {
      const [xi, yi] = e.a;
      const [xj, yj] = e.b;
      if (yi > v !== yj > v && u < ((xj - xi) * (v - yi)) / (yj - yi) + xi) count = !count;
    }
    return count;
  };

  return {
    bounds,
    clip(rect) {
      const near = edgesNear(rect);
      if (near.length === 0) return inside((rect.u0 + rect.u1) / 2, (rect.v0 + rect.v1) / 2) ? 'inside' : null;
      const ringIds = [...new Set(near.map((e) => e.ring))];
      if (ringIds.some((r) => isHole[r])) return null;
      const box: XY[] = [
        [rect.u0, rect.v0],
        [rect.u1, rect.v0],
        [rect.u1, rect.v1],
        [rect.u0, rect.v1],
      ];
      let best: XY[] | null = null;
      let bestArea = 0;
      for (const r of ringIds) {
        let crossings = 0;
        for (const e of near) {
          if (e.ring !== r) continue;
          for (let k = 0; k < 4; k++) if (segmentsCross(e.a, e.b, box[k], box[(k + 1) % 4])) crossings++;
        }
        // More than one way in and out: the part inside may be several pieces; leave it out.
        if (crossings > 2) continue;
        const clipped = clipRingToRect(rings[r], rect);
        if (clipped.length < 3) continue;
        const area = Math.abs(signedAreaXY(clipped));
        if (area > bestArea) {
          bestArea = area;
          best = clipped;
        }
      }
      if (best && signedAreaXY(best) < 0) best.reverse();
      return best;
    },
  };
}
