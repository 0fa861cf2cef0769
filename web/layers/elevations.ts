import type { Extrusion } from '../stores/viewStore.ts';
import type { AnalysisPlotColumns, LoadResult } from '../worker/protocol.ts';

/** Storey height used to turn floor area into a height: FAR × 4 m ≈ the height of the built volume. */
const STOREY_M = 4;
const MISSING_HEIGHT_M = 3;

/** Per-vertex elevation in metres: the building height, or the floor area as FAR × storey height. */
export function vertexElevationsOf(plots: LoadResult, analysis: AnalysisPlotColumns | null, extrusion: Extrusion): Float32Array {
  const { vertexStarts } = plots.geometry;
  const out = new Float32Array(vertexStarts[vertexStarts.length - 1]);
  const { heightM, gfaAboveM2 } = plots.columns;
  for (let p = 0; p < plots.plotCount; p++) {
    let h: number;
    if (extrusion === 'height') h = heightM[p];
    else {
      const area = analysis ? analysis.areaM2[p] : NaN;
      h = area > 0 ? (gfaAboveM2[p] / area) * STOREY_M : NaN;
    }
    out.fill(Number.isFinite(h) && h > 0 ? h : MISSING_HEIGHT_M, vertexStarts[p], vertexStarts[p + 1]);
  }
  return out;
}
