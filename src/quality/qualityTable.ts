import type { PlotTable } from '../schema/index.ts';

/** The columns of a PlotTable the quality report reads. */
export type QualityTable = Pick<
  PlotTable,
  'count' | 'ids' | 'sourceIndex' | 'landUseCodes' | 'lonLat' | 'ringOffsets' | 'polygonRingOffsets' | 'plotPolygonOffsets'
>;

/** The columns the geometric part of the report reads (qualityGeometry.ts): numbers only, cheap to copy. */
export type QualityGeometryTable = Pick<PlotTable, 'count' | 'sourceIndex' | 'lonLat' | 'ringOffsets' | 'polygonRingOffsets' | 'plotPolygonOffsets'>;

/** Those columns of `table`, shared not copied. */
export function qualityGeometryTableOf(table: QualityGeometryTable): QualityGeometryTable {
  const { count, sourceIndex, lonLat, ringOffsets, polygonRingOffsets, plotPolygonOffsets } = table;
  return { count, sourceIndex, lonLat, ringOffsets, polygonRingOffsets, plotPolygonOffsets };
}
