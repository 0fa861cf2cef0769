import type { QualityGeometryTable } from './qualityTable.ts';
import { localProjection, projectLonLat } from '../geo/localProjection.ts';

export interface TableInMetres {
  /** Interleaved x,y metres, same layout as PlotTable.lonLat. */
  xy: Float64Array;
  /** minX, minY, maxX, maxY per plot. */
  bboxes: Float64Array;
}

/**
 * Every plot in ONE projection about the dataset's centre. Unlike geo/projectedPlots (a frame per
 * sub-park, which is all the rules need), overlaps must be found across sub-parks, so all plots
 * share one frame. The local projection scales x by cos(latitude) per point, i.e. the sinusoidal
 * projection, which is equal-area: overlap areas stay exact to the ellipsoid's local radii even
 * tens of kilometres from the centre, where shapes shear by well under 1%.
 */
export function tableInMetres(table: QualityGeometryTable): TableInMetres {
  const { count, lonLat, ringOffsets, polygonRingOffsets, plotPolygonOffsets } = table;
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const vertexEnd = ringOffsets[polygonRingOffsets[plotPolygonOffsets[count]]] ?? 0;
  for (let v = 0; v < vertexEnd; v++) {
    const lon = lonLat[2 * v], lat = lonLat[2 * v + 1];
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  const proj = vertexEnd > 0 ? localProjection((minLon + maxLon) / 2, (minLat + maxLat) / 2) : localProjection(121.5, 31.2);
  const xy = projectLonLat(proj, lonLat, new Float64Array(lonLat.length), 0, 2 * vertexEnd);
  const bboxes = new Float64Array(count * 4);
  for (let p = 0; p < count; p++) {
    const v0 = ringOffsets[polygonRingOffsets[plotPolygonOffsets[p]]];
    const v1 = ringOffsets[polygonRingOffsets[plotPolygonOffsets[p + 1]]];
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let v = v0; v < v1; v++) {
      const x = xy[2 * v], y = xy[2 * v + 1];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    bboxes[4 * p] = x0;
    bboxes[4 * p + 1] = y0;
    bboxes[4 * p + 2] = x1;
    bboxes[4 * p + 3] = y1;
  }
  return { xy, bboxes };
}
