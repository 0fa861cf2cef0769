import { LAND_USE_CATEGORIES, plotPropertiesOfRow, type PlotTable } from '../../src/index.ts';

/** A plot's attributes rebuilt from the table (the core's contract properties) plus its land-use category. */
export function propertiesOfRow(table: PlotTable, row: number): Record<string, unknown> {
  return { ...plotPropertiesOfRow(table, row), category: LAND_USE_CATEGORIES[table.landUseCategory[row]] };
}

/** GeoJSON geometry of a row (Polygon or MultiPolygon), coordinates from the table. */
export function geometryOfRow(table: PlotTable, row: number): { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] } {
  const polygons: number[][][][] = [];
  for (let k = table.plotPolygonOffsets[row]; k < table.plotPolygonOffsets[row + 1]; k++) {
    const rings: number[][][] = [];
    for (let r = table.polygonRingOffsets[k]; r < table.polygonRingOffsets[k + 1]; r++) {
      const ring: number[][] = [];
      for (let v = table.ringOffsets[r]; v < table.ringOffsets[r + 1]; v++) ring.push([table.lonLat[2 * v], table.lonLat[2 * v + 1]]);
      rings.push(ring);
    }
    polygons.push(rings);
  }
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

export function boundsOfRow(table: PlotTable, row: number): [number, number, number, number] {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const first = table.ringOffsets[table.polygonRingOffsets[table.plotPolygonOffsets[row]]];
  const last = table.ringOffsets[table.polygonRingOffsets[table.plotPolygonOffsets[row + 1]]];
  for (let v = first; v < last; v++) {
    const lon = table.lonLat[2 * v], lat = table.lonLat[2 * v + 1];
    minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
  }
  return [minLon, minLat, maxLon, maxLat];
}
