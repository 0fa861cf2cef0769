import type { Polygon, MultiPolygon } from 'geojson';
import type { InputIssue } from '../schema/index.ts';
import type { LandUseTable } from '../landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../validate/plotTableBuilder.ts';
import { geoJsonPolygonAreaM2 } from '../geo/ringArea.ts';
import { boxesMeet, overlapAreaM2, plotBoxes, type PlotShapes } from './plotOverlap.ts';

/** Overlap with an existing plot beyond this refuses an added feature (§8). */
export const MAX_OVERLAP_M2 = 1;

export interface AddedOverlap {
  /** Row in `plots`. */
  row: number;
  areaM2: number;
}

/**
 * The first plot of `plots` (its rows `rows`, default every row, in that order) that row 0 of the
 * one-row table `one` overlaps by more than MAX_OVERLAP_M2, or null. `boxes` are plotBoxes(plots).
 * `propose` (applyProposal) and the viewer's drawing tool both decide with this function.
 */
export function firstOverlapOfAdded(one: PlotShapes, plots: PlotShapes, boxes: ArrayLike<number>, rows?: Iterable<number>): AddedOverlap | null {
  const box = plotBoxes(one);
  const test = (r: number): AddedOverlap | null => {
    if (!boxesMeet(boxes, r, box)) return null;
    const areaM2 = overlapAreaM2(one, 0, box, plots, r);
    return areaM2 > MAX_OVERLAP_M2 ? { row: r, areaM2 } : null;
  };
  if (rows) {
    for (const r of rows) {
      const hit = test(r);
      if (hit) return hit;
    }
    return null;
  }
  for (let r = 0; r < plots.count; r++) {
    const hit = test(r);
    if (hit) return hit;
  }
  return null;
}

export type DrawnLandRefusal =
  | { code: 'invalid-feature'; issue: InputIssue; message: string }
  | { code: 'too-small'; areaM2: number; minAreaM2: number; message: string }
  | { code: 'overlap'; row: number; areaM2: number; message: string }
  | { code: 'overlap-drawn'; index: number; areaM2: number; message: string };

/** What the builder needs besides geometry; the check is about the shape, not the attributes. */
const CHECK_PROPERTIES = { id: '__drawn-land-check__', subparkId: null, landUse: '1001' };

/**
 * Why a drawn polygon cannot be added as new land, or null when it can: the checks `propose`
 * applies to an `add` change's geometry (DOMAIN.md §8) — the plot validation of any input (rings,
 * self-intersection, zero area: the same builder) and an overlap with an existing plot over
 * MAX_OVERLAP_M2 (the same overlap test) — plus an optional minimum area for the drawing tool.
 * `plots` may be a subset table of the plots near the drawing; `rowsToTest` limits the overlap test.
 * `otherLand`: land the proposal adds already (its earlier `add` changes), which propose also
 * tests a new feature against.
 */
export function drawnLandRefusal(
  geometry: Polygon | MultiPolygon,
  plots: PlotShapes,
  landUse: LandUseTable,
  options: { minAreaM2?: number; boxes?: ArrayLike<number>; rowsToTest?: Iterable<number>; otherLand?: readonly (Polygon | MultiPolygon)[] } = {},
): DrawnLandRefusal | null {
  const builder = createPlotTableBuilder(landUse);
  builder.add({ type: 'Feature', properties: CHECK_PROPERTIES, geometry }, 0);
  const built = builder.finish();
  if (built.table.count !== 1) {
    const issue = built.issues.find((i) => i.severity === 'error') ?? built.issues[0];
    return { code: 'invalid-feature', issue, message: `the drawn land is not a valid plot: ${issue?.message ?? 'unknown problem'}` };
  }
  const minAreaM2 = options.minAreaM2 ?? 0;
  if (minAreaM2 > 0) {
    const areaM2 = geoJsonPolygonAreaM2(geometry.type, geometry.coordinates as number[][][] | number[][][][]);
    if (areaM2 < minAreaM2) return { code: 'too-small', areaM2, minAreaM2, message: `the drawn land has ${areaM2.toFixed(1)} m², under the ${minAreaM2} m² minimum` };
  }
  const overlap = firstOverlapOfAdded(built.table, plots, options.boxes ?? plotBoxes(plots), options.rowsToTest);
  if (overlap) return { code: 'overlap', ...overlap, message: `the drawn land overlaps an existing plot by ${overlap.areaM2.toFixed(1)} m² (more than ${MAX_OVERLAP_M2} m²)` };
  const others = options.otherLand ?? [];
  if (others.length) {
    // One table of the other land, row i = others[i] when valid (invalid land was refused before).
    const otherBuilder = createPlotTableBuilder(landUse);
    others.forEach((g, i) => otherBuilder.add({ type: 'Feature', properties: { ...CHECK_PROPERTIES, id: `__drawn-${i}__` }, geometry: g }, i));
    const otherTable = otherBuilder.finish().table;
    const hit = firstOverlapOfAdded(built.table, otherTable, plotBoxes(otherTable));
    if (hit) {
      const index = otherTable.sourceIndex[hit.row];
      return { code: 'overlap-drawn', index, areaM2: hit.areaM2, message: `the drawn land overlaps land drawn before by ${hit.areaM2.toFixed(1)} m² (more than ${MAX_OVERLAP_M2} m²)` };
    }
  }
  return null;
}
