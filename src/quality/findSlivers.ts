import type { QualityGeometryTable, QualityTable } from './qualityTable.ts';
import { ringSignedAreaXY } from '../geo/ringArea.ts';
import type { QualityFinding } from './qualityFinding.ts';

export interface PlotMeasures {
  /** Area per plot (outer rings minus holes), m². */
  areaM2: Float64Array;
  /** The smallest mean width (2 × area / perimeter) over the plot's polygons, m. */
  minWidthM: Float64Array;
}

/** Area and thinness of every plot, from its rings in metres. */
export function plotMeasures(table: QualityGeometryTable, xy: Float64Array): PlotMeasures {
  const { count, ringOffsets, polygonRingOffsets, plotPolygonOffsets } = table;
  const areaM2 = new Float64Array(count);
  const minWidthM = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    let total = 0;
    let minWidth = Infinity;
    for (let k = plotPolygonOffsets[p]; k < plotPolygonOffsets[p + 1]; k++) {
      let area = 0;
      let perimeter = 0;
      for (let r = polygonRingOffsets[k]; r < polygonRingOffsets[k + 1]; r++) {
        const v0 = ringOffsets[r], v1 = ringOffsets[r + 1];
        const a = Math.abs(ringSignedAreaXY(xy, v0, v1));
        area += r === polygonRingOffsets[k] ? a : -a;
        for (let v = v0; v < v1 - 1; v++) perimeter += Math.hypot(xy[2 * v + 2] - xy[2 * v], xy[2 * v + 3] - xy[2 * v + 1]);
      }
      total += area;
      if (perimeter > 0) minWidth = Math.min(minWidth, (2 * area) / perimeter);
    }
    areaM2[p] = total;
    minWidthM[p] = minWidth;
  }
  return { areaM2, minWidthM };
}

/**
 * Thin polygons. The mean width 2A/P is the width of a long strip (a strip w × L has 2wL / 2(w+L)
 * ≈ w) and half the side of a square, so it reads in metres a planner can judge: a digitising
 * sliver is centimetres to a metre or two wide, while the narrowest real plots (roads, green
 * strips) are several metres wide.
 */
export function findSlivers(table: QualityTable, measures: PlotMeasures, maxWidthM: number): QualityFinding[] {
  const findings: QualityFinding[] = [];
  const multi = (p: number) => table.plotPolygonOffsets[p + 1] - table.plotPolygonOffsets[p] > 1;
  for (let p = 0; p < table.count; p++) {
    const width = measures.minWidthM[p];
    if (!(width < maxWidthM)) continue;
    const w = Math.round(width * 100) / 100;
    const id = table.ids[p];
    findings.push({
      kind: 'sliver',
      severity: 'warning',
      code: 'sliver',
      plotIds: [id],
      indexes: [table.sourceIndex[p]],
      rows: [p],
      measure: w,
      unit: 'm',
      message:
        `plot ${id}${multi(p) ? ' has a polygon that' : ''} is a sliver: mean width ${w} m (2 × area / perimeter), under ${maxWidthM} m; ` +
        `area ${Math.round(measures.areaM2[p] * 100) / 100} m². Often a digitising leftover between neighbours`,
    });
  }
  return findings;
}
