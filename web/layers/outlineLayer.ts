import { COORDINATE_SYSTEM } from '@deck.gl/core';
import { PathLayer } from '@deck.gl/layers';
import type { PlotGeometry } from '../worker/plotGeometry.ts';

/** The rings of some plots as one binary path set (offsets from the geometry origin). */
export interface RingPaths {
  length: number;
  startIndices: Uint32Array;
  attributes: { getPath: { value: Float32Array; size: 2 } };
}

export function ringPathsOfRows(geometry: PlotGeometry, rows: ArrayLike<number>): RingPaths {
  let ringCount = 0;
  let vertexCount = 0;
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i];
    ringCount += geometry.plotRingStarts[p + 1] - geometry.plotRingStarts[p];
    vertexCount += geometry.vertexStarts[p + 1] - geometry.vertexStarts[p];
  }
  const positions = new Float32Array(vertexCount * 2);
  const startIndices = new Uint32Array(ringCount + 1);
  let r = 0;
  let v = 0;
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i];
    for (let ring = geometry.plotRingStarts[p]; ring < geometry.plotRingStarts[p + 1]; ring++) {
      const from = geometry.ringStarts[ring];
      const to = geometry.ringStarts[ring + 1];
      startIndices[r++] = v;
      positions.set(geometry.positions.subarray(2 * from, 2 * to), 2 * v);
      v += to - from;
    }
  }
  startIndices[r] = v;
  return { length: ringCount, startIndices, attributes: { getPath: { value: positions, size: 2 } } };
}

export interface OutlineProps {
  id: string;
  paths: RingPaths;
  geometry: PlotGeometry;
  color: [number, number, number, number];
  widthPixels: number;
}

/** Outlines for a few plots (selection, removal candidates, consolidation groups): cheap when few. */
export function outlineLayer({ id, paths, geometry, color, widthPixels }: OutlineProps) {
  const [lon0, lat0] = geometry.originLonLat;
  return new PathLayer({
    id,
    data: paths,
    _pathType: 'open',
    coordinateSystem: COORDINATE_SYSTEM.LNGLAT_OFFSETS,
    coordinateOrigin: [lon0, lat0, 0],
    getColor: color,
    getWidth: widthPixels,
    widthUnits: 'pixels',
    widthMinPixels: 1,
    jointRounded: false,
    pickable: false,
    parameters: { depthCompare: 'always' },
  });
}
