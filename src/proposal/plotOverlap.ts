import { intersect } from '@turf/intersect';
import { featureCollection, multiPolygon } from '@turf/helpers';
import type { PlotTable } from '../schema/index.ts';
import { localProjection, type LocalProjection } from '../geo/localProjection.ts';

type Ring = [number, number][];

/** The geometry columns of a plot table: all the overlap test reads (a subset table will do). */
export type PlotShapes = Pick<PlotTable, 'count' | 'lonLat' | 'ringOffsets' | 'polygonRingOffsets' | 'plotPolygonOffsets'>;

/** minLon, minLat, maxLon, maxLat per row: the boxes a new plot is tested against first. */
export function plotBoxes(table: PlotShapes): Float64Array {
  const boxes = new Float64Array(table.count * 4);
  for (let p = 0; p < table.count; p++) {
    const v0 = table.ringOffsets[table.polygonRingOffsets[table.plotPolygonOffsets[p]]];
    const v1 = table.ringOffsets[table.polygonRingOffsets[table.plotPolygonOffsets[p + 1]]];
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let v = v0; v < v1; v++) {
      const x = table.lonLat[2 * v];
      const y = table.lonLat[2 * v + 1];
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    boxes.set([minX, minY, maxX, maxY], 4 * p);
  }
  return boxes;
}

/** The polygons of one row in metres about `proj`, as Turf multipolygon coordinates. */
function projectedRow(table: PlotShapes, row: number, proj: LocalProjection): Ring[][] {
  const DEG = Math.PI / 180;
  const polygons: Ring[][] = [];
  for (let k = table.plotPolygonOffsets[row]; k < table.plotPolygonOffsets[row + 1]; k++) {
    const rings: Ring[] = [];
    for (let r = table.polygonRingOffsets[k]; r < table.polygonRingOffsets[k + 1]; r++) {
      const ring: Ring = [];
      for (let v = table.ringOffsets[r]; v < table.ringOffsets[r + 1]; v++) {
        const lon = table.lonLat[2 * v];
        const lat = table.lonLat[2 * v + 1];
        ring.push([proj.nRadius * Math.cos(lat * DEG) * (lon - proj.lon0) * DEG, (lat - proj.lat0) * proj.mPerDegLat]);
      }
      rings.push(ring);
    }
    polygons.push(rings);
  }
  return polygons;
}

function planarArea(polygons: Ring[][]): number {
  let area = 0;
  for (const rings of polygons) {
    rings.forEach((ring, i) => {
      let twice = 0;
      for (let v = 0; v + 1 < ring.length; v++) twice += ring[v][0] * ring[v + 1][1] - ring[v + 1][0] * ring[v][1];
      area += (i === 0 ? 1 : -1) * Math.abs(twice / 2);
    });
  }
  return area;
}

/**
 * Area in m² shared by row `a` of table `ta` and row `b` of `tb`: a real polygon intersection
 * (Turf / polyclip) of both plots projected to metres about the first one's box centre, so the
 * 1 m² limit of §8 is measured in the same metric frame as every other area.
 */
export function overlapAreaM2(ta: PlotShapes, a: number, boxA: ArrayLike<number>, tb: PlotShapes, b: number): number {
  const proj = localProjection((boxA[0] + boxA[2]) / 2, (boxA[1] + boxA[3]) / 2);
  const shared = intersect(featureCollection([multiPolygon(projectedRow(ta, a, proj)), multiPolygon(projectedRow(tb, b, proj))]));
  if (!shared) return 0;
  const g = shared.geometry;
  return planarArea(g.type === 'Polygon' ? [g.coordinates as Ring[]] : (g.coordinates as Ring[][]));
}

export function boxesMeet(boxes: ArrayLike<number>, i: number, box: ArrayLike<number>): boolean {
  return boxes[4 * i] <= box[2] && boxes[4 * i + 2] >= box[0] && boxes[4 * i + 1] <= box[3] && boxes[4 * i + 3] >= box[1];
}
