import type { PlotProperties, PlotTable } from '../schema/index.ts';
import { plotPropertiesOfRow } from './plotPropertiesOfRow.ts';

export type Position = [number, number];

export interface PlotFeature {
  type: 'Feature';
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
  properties: PlotProperties;
}

export interface PlotFeatureCollection {
  type: 'FeatureCollection';
  features: PlotFeature[];
}

/** The rings of polygon k, closed and oriented as stored (outer CCW, holes CW). */
export function polygonCoordinates(table: Pick<PlotTable, 'lonLat' | 'ringOffsets' | 'polygonRingOffsets'>, k: number): Position[][] {
  const rings: Position[][] = [];
  for (let r = table.polygonRingOffsets[k]; r < table.polygonRingOffsets[k + 1]; r++) {
    const ring: Position[] = [];
    for (let v = table.ringOffsets[r]; v < table.ringOffsets[r + 1]; v++) ring.push([table.lonLat[2 * v], table.lonLat[2 * v + 1]]);
    rings.push(ring);
  }
  return rings;
}

/** GeoJSON of one row: a Polygon when the plot has one part, else a MultiPolygon. */
export function plotFeatureOfRow(table: PlotTable, row: number): PlotFeature {
  const k0 = table.plotPolygonOffsets[row];
  const k1 = table.plotPolygonOffsets[row + 1];
  const properties = plotPropertiesOfRow(table, row);
  if (k1 - k0 === 1) return { type: 'Feature', geometry: { type: 'Polygon', coordinates: polygonCoordinates(table, k0) }, properties };
  const coordinates: Position[][][] = [];
  for (let k = k0; k < k1; k++) coordinates.push(polygonCoordinates(table, k));
  return { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates }, properties };
}

/** A FeatureCollection of the given rows (all rows when omitted), in that order. */
export function tableToFeatureCollection(table: PlotTable, rows?: ArrayLike<number>): PlotFeatureCollection {
  const features: PlotFeature[] = [];
  const n = rows ? rows.length : table.count;
  for (let i = 0; i < n; i++) features.push(plotFeatureOfRow(table, rows ? rows[i] : i));
  return { type: 'FeatureCollection', features };
}
