import { localProjection, unprojectXY, type PlotProperties } from '../../src/index.ts';

/**
 * Golden cases are written in metres (x east, y north of an origin) so that "exactly 50 m apart" is
 * what the author meant, then converted to lon/lat with the same projection family the analysis uses.
 */
const ORIGIN = localProjection(121.6, 31.2);

export interface CaseFeature {
  type: 'Feature';
  properties: Partial<PlotProperties> & Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: number[][][] };
}

export interface GoldenCase {
  name: string;
  description: string;
  asOf: string;
  params?: Record<string, number>;
  features: CaseFeature[];
  /** Hand-written expectations, checked besides the golden snapshot: plot id → sorted flag names. */
  expectFlags: Record<string, string[]>;
  /** Optional: the expected blocks as lists of plot ids (any order). */
  expectBlocks?: string[][];
  expectGroups?: string[][];
}

function lonLatOf(x: number, y: number): number[] {
  return unprojectXY(ORIGIN, x, y);
}

/** A w×h metre rectangle with its south-west corner at (x, y), counter-clockwise. */
export function rect(x: number, y: number, w: number, h: number): number[][][] {
  return [[lonLatOf(x, y), lonLatOf(x + w, y), lonLatOf(x + w, y + h), lonLatOf(x, y + h), lonLatOf(x, y)]];
}

export function plot(
  id: string,
  geometry: number[][][],
  props: Partial<PlotProperties> & Record<string, unknown> = {},
): CaseFeature {
  return {
    type: 'Feature',
    properties: { id, subparkId: 'sp-a', landUse: '100101', ...props },
    geometry: { type: 'Polygon', coordinates: geometry },
  };
}
