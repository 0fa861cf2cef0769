import type { NumericField, DateField, PlotProperties, Rectification } from './plot.ts';

/** The sub-park key of plots outside every sub-park (subparkId null or "" in the input). */
export const OUTSIDE_SUBPARK = '';

/** Rectification column codes: index = stored value. */
export const RECTIFICATION_CODES: readonly (Rectification | null)[] = [null, 'effective', 'ineffective'];

/**
 * Validated plots in columnar form: what the analysis reads, what crosses the worker boundary
 * (every typed array is transferable) and what the viewer draws.
 *
 * Geometry is flattened like deck.gl's binary polygons / GeoArrow:
 * plot p owns polygons plotPolygonOffsets[p] .. plotPolygonOffsets[p+1]-1,
 * polygon k owns rings polygonRingOffsets[k] .. polygonRingOffsets[k+1]-1 (first ring = outer),
 * ring r owns vertices ringOffsets[r] .. ringOffsets[r+1]-1 in `lonLat` (interleaved lon,lat).
 * Rings are stored closed (last vertex = first vertex), as in GeoJSON.
 */
export interface PlotTable {
  count: number;
  /** Plot id per row. */
  ids: string[];
  /** Position of the feature in the input file. */
  sourceIndex: Uint32Array;
  /** Index into subparkKeys. */
  subparkIndex: Uint16Array;
  /** Sub-park ids in order of first appearance; OUTSIDE_SUBPARK ('') holds the plots outside every sub-park. */
  subparkKeys: string[];
  /** Land-use code as given, per row. */
  landUseCodes: string[];
  /** Index into LAND_USE_CATEGORIES. */
  landUseCategory: Uint8Array;
  /** 0 = supplied, 1 = approved-unsupplied. */
  landStatus: Uint8Array;
  /** 0 = unknown, 1 = effective, 2 = ineffective (RECTIFICATION_CODES). */
  rectification: Uint8Array;
  numeric: Record<NumericField, Float64Array>;
  dates: Record<DateField, Int32Array>;
  /** Evaluations of plot p: evalOffsets[p] .. evalOffsets[p+1]-1. */
  evalOffsets: Uint32Array;
  evalYear: Int16Array;
  /** 1 = pass, 0 = fail. */
  evalPass: Uint8Array;
  /** NaN when not given. */
  evalScore: Float32Array;

  lonLat: Float64Array;
  ringOffsets: Uint32Array;
  polygonRingOffsets: Uint32Array;
  plotPolygonOffsets: Uint32Array;

  /** Labels kept for the inspector and search; may be empty strings. */
  names: string[];
  enterprises: string[];
}

/** The original properties of one plot, for display; rebuilt from the table on demand. */
export type PlotRecord = PlotProperties;
