import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';

/**
 * The golden outputs cross-checked against an independent computation: Turf's geodesic area, and
 * boundary distances measured with Turf's point-to-line distance on the lon/lat input — no code of
 * ours. The golden files could otherwise only ever agree with the code that wrote them.
 */
const IN = new URL('./in/', import.meta.url);
const OUT = new URL('./out/', import.meta.url);

interface GoldenPlot { id: string; areaM2: number; far: number | null; otherShare: number | null; amenityShare: number | null; blockId: string | null }
interface GoldenBlock { id: string; plotIds: string[]; isMain: boolean; distanceToMainM: number }
type PlotFeature = Feature<Polygon, Record<string, number | string | null | undefined>>;

/** Boundary distance of two polygons in metres: 0 when they meet, else the least vertex-to-edge distance either way. */
function boundaryDistanceM(a: PlotFeature, b: PlotFeature): number {
  if (turf.booleanIntersects(a, b)) return 0;
  const oneWay = (from: PlotFeature, to: PlotFeature) => {
    let best = Infinity;
    const lines = to.geometry.coordinates.map((ring) => turf.lineString(ring));
    for (const ring of from.geometry.coordinates) {
      for (const p of ring as Position[]) {
        for (const line of lines) best = Math.min(best, turf.pointToLineDistance(p, line, { units: 'meters', method: 'geodesic' }));
      }
    }
    return best;
  };
  return Math.min(oneWay(a, b), oneWay(b, a));
}

describe('golden numbers against an independent computation (Turf)', () => {
  const names = readdirSync(IN).filter((f) => f.endsWith('.geojson')).map((f) => f.replace(/\.geojson$/, ''));

  for (const name of names) {
    it(name, () => {
      const input = JSON.parse(readFileSync(new URL(`${name}.geojson`, IN), 'utf8')) as { features: PlotFeature[] };
      const golden = JSON.parse(readFileSync(new URL(`${name}.json`, OUT), 'utf8')) as { plots: GoldenPlot[]; blocks: GoldenBlock[] };
      const featureById = new Map(input.features.map((f) => [String(f.properties.id), f]));
      for (const plot of golden.plots) {
        const f = featureById.get(plot.id)!;
        const p = f.properties;
        // Area: the local projection is equal-area to ~1e-5; allow 0.1% against the geodesic area.
        const areaM2 = turf.area(f);
        expect(Math.abs(plot.areaM2 - areaM2) / areaM2, `${plot.id} area`).toBeLessThan(1e-3);
        const above = typeof p.gfaAboveM2 === 'number' ? p.gfaAboveM2 : null;
        if (plot.far !== null && above !== null) {
          const land = typeof p.landAreaM2 === 'number' ? p.landAreaM2 : areaM2;
          expect(Math.abs(plot.far - above / land) / Math.max(1e-9, above / land), `${plot.id} FAR`).toBeLessThan(1e-3);
        }
        if (plot.otherShare !== null && above !== null && above > 0) {
          const other = typeof p.gfaOtherM2 === 'number' ? p.gfaOtherM2 : 0;
          const amenity = typeof p.gfaAmenityM2 === 'number' ? p.gfaAmenityM2 : 0;
          // Shares compare with exact limits, so they must be one division, bit for bit.
          expect(plot.otherShare, `${plot.id} otherShare`).toBe(Math.round(((other + amenity) / above) * 1e6) / 1e6);
          expect(plot.amenityShare, `${plot.id} amenityShare`).toBe(Math.round((amenity / above) * 1e6) / 1e6);
        }
      }
      const main = new Map(golden.blocks.filter((b) => b.isMain).map((b) => [b.id.split('/B')[0], b]));
      for (const block of golden.blocks.filter((b) => !b.isMain)) {
        const mainBlock = main.get(block.id.split('/B')[0])!;
        let distanceM = Infinity;
        for (const a of block.plotIds) for (const b of mainBlock.plotIds) distanceM = Math.min(distanceM, boundaryDistanceM(featureById.get(a)!, featureById.get(b)!));
        // DOMAIN.md §5 allows 0.5%. Turf measures on a sphere, we on the ellipsoid: they differ by 0.2-0.3%
        // here, so this catches a wrong distance, not the 1 mm limits (the hand-written expectations do).
        expect(Math.abs(block.distanceToMainM - distanceM), `${block.id} distance`).toBeLessThanOrEqual(0.005 * distanceM + 0.01);
      }
    });
  }
});
