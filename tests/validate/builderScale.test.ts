import { describe, expect, it } from 'vitest';
import { defaultLandUseTable } from '../../src/landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../../src/validate/plotTableBuilder.ts';
import { plotPropertiesOfRow } from '../../src/validate/plotPropertiesOfRow.ts';
import { expectConsistentTable } from './tableInvariants.ts';

/** Speed belongs to the benchmarks; this only shows that a large stream goes through and packs exactly. */
describe('plot table builder at scale', () => {
  it('streams 100k synthetic features, one in a hundred broken, into exact-length arrays', () => {
    const n = 100_000;
    const builder = createPlotTableBuilder(defaultLandUseTable());
    for (let i = 0; i < n; i++) {
      const lon = 121.3 + (i % 400) * 0.0012;
      const lat = 31.0 + Math.floor(i / 400) * 0.0012;
      const d = 0.001;
      builder.add(
        {
          type: 'Feature',
          properties: {
            id: `P${i}`,
            subparkId: `park-${i % 23}`,
            landUse: i % 3 === 0 ? 'C65' : '100101',
            gfaAboveM2: i % 100 === 7 ? 'lots' : 1000 + i,
            evaluations: [{ year: 2024, pass: i % 2 === 0 }],
          },
          geometry: {
            type: 'Polygon',
            // Every hundredth plot is a bow-tie, which must be dropped without disturbing its neighbours.
            coordinates: [i % 100 === 42
              ? [[lon, lat], [lon + d, lat + d], [lon + d, lat], [lon, lat + d], [lon, lat]]
              : [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]],
          },
        },
        i,
      );
    }
    const { table, issues } = builder.finish();
    expect(table.count).toBe(n - n / 100);
    // Regression: the offsets arrays once lagged a doubling behind the rows, losing offsets past ~2k rows.
    expectConsistentTable(table);
    expect(table.plotPolygonOffsets[table.count]).toBe(table.count);
    expect(table.evalOffsets[table.count]).toBe(table.count);
    expect(issues.filter((x) => x.code === 'self-intersection')).toHaveLength(n / 100);
    expect(issues.filter((x) => x.code === 'invalid-number')).toHaveLength(n / 100);
    expect(table.subparkKeys).toHaveLength(23);
    expect(table.lonLat.length).toBe(table.count * 10);
    expect(table.ringOffsets.length).toBe(table.count + 1);
    expect(table.evalYear.length).toBe(table.count);
    expect(table.numeric.gfaAboveM2.length).toBe(table.count);
    const last = table.count - 1;
    expect(plotPropertiesOfRow(table, last).id).toBe(`P${n - 1}`);
    expect(table.lonLat[10 * last]).toBeCloseTo(121.3 + ((n - 1) % 400) * 0.0012, 12);
  });
});
