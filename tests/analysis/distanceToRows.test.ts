import { describe, expect, it } from 'vitest';
import { projectedPlots } from '../../src/geo/projectedPlots.ts';
import { plotDistanceM } from '../../src/geo/plotDistance.ts';
import { distanceToRowsM, rowsIndex } from '../../src/analysis/distanceToRows.ts';
import { tableOf } from '../helpers/tableOf.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';
import { validProperties } from '../validate/plotFixtures.ts';

/** A random convex-ish quadrilateral of about `sizeDeg` at lon, lat. */
function quad(rand: () => number, lon: number, lat: number, sizeDeg: number): number[][] {
  const j = () => (rand() - 0.5) * sizeDeg * 0.6;
  const ring = [[lon + j(), lat + j()], [lon + sizeDeg + j(), lat + j()], [lon + sizeDeg + j(), lat + sizeDeg + j()], [lon + j(), lat + sizeDeg + j()]];
  return [...ring, ring[0]];
}

describe('distance from a block to the main block', () => {
  it('equals the brute-force minimum over all plot pairs, for clusters near, far and overlapping', () => {
    const rand = mulberry32(20261201);
    for (let trial = 0; trial < 25; trial++) {
      const features: unknown[] = [];
      const cluster = (n: number, lon: number, lat: number, spreadDeg: number) => {
        for (let i = 0; i < n; i++) {
          const props = { ...validProperties(`P${features.length}`), landAreaM2: undefined };
          const ring = quad(rand, lon + rand() * spreadDeg, lat + rand() * spreadDeg, 0.0005 + rand() * 0.002);
          features.push({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [ring] } });
        }
      };
      const far = trial % 3 === 0 ? 0.05 : trial % 3 === 1 ? 0.012 : 0.004;
      cluster(40 + Math.floor(rand() * 60), 121.6, 31.19, 0.02);
      const mainCount = features.length;
      cluster(5 + Math.floor(rand() * 30), 121.6 + 0.02 + far * rand(), 31.19 + far * (rand() - 0.5), 0.01);
      const { table, issues } = tableOf(features);
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      const geo = projectedPlots(table);
      const mainRows = [...Array(mainCount).keys()];
      const otherRows = [...Array(table.count - mainCount).keys()].map((i) => i + mainCount);
      let bruteM = Infinity;
      for (const a of otherRows) for (const b of mainRows) bruteM = Math.min(bruteM, plotDistanceM(geo.xy, table, a, b));
      expect(distanceToRowsM(table, geo, otherRows, rowsIndex(geo, mainRows))).toBe(bruteM);
    }
  });
});
