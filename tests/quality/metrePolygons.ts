import { localProjection, unprojectXY } from '../../src/index.ts';
import type { PlotRings } from '../../src/quality/plotRings.ts';

/** A polygon in metres: rings of [x, y] (outer first), any winding, closed or not. */
export type MetrePolygon = number[][][];

function signedArea(ring: number[][]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

function openRing(ring: number[][]): number[][] {
  const last = ring[ring.length - 1];
  return last[0] === ring[0][0] && last[1] === ring[0][1] ? ring.slice(0, -1) : ring.slice();
}

/** Closed, outer counter-clockwise, holes clockwise: the PlotTable's layout. */
export function normalisedRing(ring: number[][], isHole: boolean): number[][] {
  const open = openRing(ring);
  const ccw = signedArea(open) > 0;
  const oriented = ccw === !isHole ? open : open.reverse();
  return [...oriented, oriented[0]];
}

/** Plots made of polygons in metres, laid out like a PlotTable (each plot: a list of polygons). */
export function metreTable(plots: MetrePolygon[][]): { xy: Float64Array; g: PlotRings } {
  const xy: number[] = [];
  const ringOffsets = [0];
  const polygonRingOffsets = [0];
  const plotPolygonOffsets = [0];
  for (const plot of plots) {
    for (const polygon of plot) {
      polygon.forEach((ring, r) => {
        for (const [x, y] of normalisedRing(ring, r > 0)) xy.push(x, y);
        ringOffsets.push(xy.length / 2);
      });
      polygonRingOffsets.push(ringOffsets.length - 1);
    }
    plotPolygonOffsets.push(polygonRingOffsets.length - 1);
  }
  return {
    xy: Float64Array.from(xy),
    g: { ringOffsets: Uint32Array.from(ringOffsets), polygonRingOffsets: Uint32Array.from(polygonRingOffsets), plotPolygonOffsets: Uint32Array.from(plotPolygonOffsets) },
  };
}

export function rect(x0: number, y0: number, x1: number, y1: number): number[][] {
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
}

/** Shanghai, where the sample lives. */
const ORIGIN = localProjection(121.6, 31.2);

/** A ring in metres about 121.6°E 31.2°N as GeoJSON lon/lat positions. */
export function lonLatRing(ring: number[][]): number[][] {
  return ring.map(([x, y]) => unprojectXY(ORIGIN, x, y));
}

export function plotFeature(id: string, rings: number[][][], landUse = '100101'): Record<string, unknown> {
  return {
    type: 'Feature',
    properties: { id, subparkId: 'zhangjiang', landUse },
    geometry: { type: 'Polygon', coordinates: rings.map(lonLatRing) },
  };
}
