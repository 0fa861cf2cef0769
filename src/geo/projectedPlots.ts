import type { PlotTable } from '../schema/index.ts';
import { localProjection, projectLonLat, type LocalProjection } from './localProjection.ts';
import { ringSignedAreaXY } from './ringArea.ts';

/**
 * Plot geometry in metres, ready for metric rules.
 *
 * Each sub-park is projected about its own centre (so distances stay accurate to ~0.15%), then
 * translated to where that centre falls in one dataset-wide projection. Within a sub-park all
 * coordinates share one frame, which is all the rules need (they never compare plots of two
 * sub-parks); across sub-parks the frames sit roughly where they belong, so one spatial index
 * serves the whole dataset without unrelated sub-parks piling up on the same origin.
 */
export interface ProjectedPlots {
  /** Interleaved x,y metres, same layout as PlotTable.lonLat. */
  xy: Float64Array;
  /** minX, minY, maxX, maxY per plot. */
  bboxes: Float64Array;
  /** Geometric area per plot (outer rings minus holes), m². */
  areaM2: Float64Array;
  /** Projection per sub-park (index = subparkIndex), for mapping results back to lon/lat. */
  projections: LocalProjection[];
  /** Translation added to each sub-park's local frame. */
  offsets: Float64Array;
}

/** Each sub-park's projection and its place in the dataset-wide frame (what projectedPlots projects with). */
export interface SubparkFrames {
  /** Projection per sub-park (index = subparkIndex). */
  projections: LocalProjection[];
  /** Translation added to each sub-park's local frame, x,y per sub-park. */
  offsets: Float64Array;
}

/**
 * The frames of projectedPlots from one pass over the vertices: each sub-park's origin is the
 * centre of its plots' extent, so a plot moving between sub-parks moves both origins; the frames of
 * sub-parks whose plots did not change stay equal to the last bit.
 */
export function subparkFrames(table: PlotTable): SubparkFrames {
  const { count, lonLat, ringOffsets, polygonRingOffsets, plotPolygonOffsets, subparkIndex } = table;
  const nSub = table.subparkKeys.length;

  // Sub-park extents in degrees, to choose each projection's origin.
  const ext = new Float64Array(nSub * 4);
  for (let s = 0; s < nSub; s++) ext.set([Infinity, Infinity, -Infinity, -Infinity], s * 4);
  for (let p = 0; p < count; p++) {
    const s = subparkIndex[p] * 4;
    const v0 = ringOffsets[polygonRingOffsets[plotPolygonOffsets[p]]];
    const v1 = ringOffsets[polygonRingOffsets[plotPolygonOffsets[p + 1]]];
    for (let v = v0; v < v1; v++) {
      const lon = lonLat[2 * v];
      const lat = lonLat[2 * v + 1];
      if (lon < ext[s]) ext[s] = lon;
      if (lat < ext[s + 1]) ext[s + 1] = lat;
      if (lon > ext[s + 2]) ext[s + 2] = lon;
      if (lat > ext[s + 3]) ext[s + 3] = lat;
    }
  }
  let gMinLon = Infinity, gMinLat = Infinity, gMaxLon = -Infinity, gMaxLat = -Infinity;
  for (let s = 0; s < nSub; s++) {
    if (!(ext[s * 4] <= ext[s * 4 + 2])) continue;
    gMinLon = Math.min(gMinLon, ext[s * 4]);
    gMinLat = Math.min(gMinLat, ext[s * 4 + 1]);
    gMaxLon = Math.max(gMaxLon, ext[s * 4 + 2]);
    gMaxLat = Math.max(gMaxLat, ext[s * 4 + 3]);
  }
  const global = localProjection(Number.isFinite(gMinLon) ? (gMinLon + gMaxLon) / 2 : 0, Number.isFinite(gMinLat) ? (gMinLat + gMaxLat) / 2 : 0);
  const projections: LocalProjection[] = [];
  const offsets = new Float64Array(nSub * 2);
  const tmp = new Float64Array(2);
  for (let s = 0; s < nSub; s++) {
    const has = ext[s * 4] <= ext[s * 4 + 2];
    const lon0 = has ? (ext[s * 4] + ext[s * 4 + 2]) / 2 : global.lon0;
    const lat0 = has ? (ext[s * 4 + 1] + ext[s * 4 + 3]) / 2 : global.lat0;
    projections.push(localProjection(lon0, lat0));
    projectLonLat(global, [lon0, lat0], tmp);
    offsets[2 * s] = tmp[0];
    offsets[2 * s + 1] = tmp[1];
  }
  return { projections, offsets };
}

/** Rows whose projection an earlier one holds already: its first rows are this table's first rows, in the same frames. */
export interface ProjectedReuse {
  geo: ProjectedPlots;
  /** 1 for a row (below geo's row count) to copy from geo instead of projecting. */
  keepRow: Uint8Array;
}

/**
 * The plots in metres. With `reuse`, the rows it marks are copied from its projection (bit for bit
 * what projecting them again gives, when their sub-park's frame is unchanged) and only the others
 * are projected.
 */
export function projectedPlots(table: PlotTable, frames: SubparkFrames = subparkFrames(table), reuse?: ProjectedReuse): ProjectedPlots {
  const { count, lonLat, ringOffsets, polygonRingOffsets, plotPolygonOffsets, subparkIndex } = table;
  const { projections, offsets } = frames;

  const xy = new Float64Array(lonLat.length);
  const bboxes = new Float64Array(count * 4);
  const areaM2 = new Float64Array(count);
  if (reuse) {
    xy.set(reuse.geo.xy);
    bboxes.set(reuse.geo.bboxes);
    areaM2.set(reuse.geo.areaM2);
  }
  const keepRow = reuse?.keepRow;
  const DEG = Math.PI / 180;
  for (let p = 0; p < count; p++) {
    if (keepRow && keepRow[p] === 1) continue;
    const s = subparkIndex[p];
    const proj = projections[s];
    // Inlined projection (see localProjection.ts): this loop runs once per vertex of the dataset.
    const lon0 = proj.lon0;
    const lat0 = proj.lat0;
    const kx = proj.nRadius * DEG;
    const ky = proj.mPerDegLat;
    const ox = offsets[2 * s];
    const oy = offsets[2 * s + 1];
    const v0 = ringOffsets[polygonRingOffsets[plotPolygonOffsets[p]]];
    const v1 = ringOffsets[polygonRingOffsets[plotPolygonOffsets[p + 1]]];
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let v = v0; v < v1; v++) {
      const lat = lonLat[2 * v + 1];
      const x = kx * Math.cos(lat * DEG) * (lonLat[2 * v] - lon0) + ox;
      const y = (lat - lat0) * ky + oy;
      xy[2 * v] = x;
      xy[2 * v + 1] = y;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    bboxes[4 * p] = minX;
    bboxes[4 * p + 1] = minY;
    bboxes[4 * p + 2] = maxX;
    bboxes[4 * p + 3] = maxY;

    let area = 0;
    for (let k = plotPolygonOffsets[p]; k < plotPolygonOffsets[p + 1]; k++) {
      for (let r = polygonRingOffsets[k]; r < polygonRingOffsets[k + 1]; r++) {
        const a = Math.abs(ringSignedAreaXY(xy, ringOffsets[r], ringOffsets[r + 1]));
        area += r === polygonRingOffsets[k] ? a : -a;
      }
    }
    areaM2[p] = area;
  }
  return { xy, bboxes, areaM2, projections, offsets };
}
