import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { applyProposal, defaultLandUseTable, drawnLandRefusal, localProjection, plotEdgeIndex, plotRingsOfTable, plotRowsNearBox, plotShapesOfRows, unprojectXY } from '../../src/index.ts';
import { plot, rect } from '../../scripts/golden/caseBuilder.ts';
import { tableOf } from '../helpers/tableOf.ts';

const ORIGIN = localProjection(121.6, 31.2);
const at = (x: number, y: number): number[] => unprojectXY(ORIGIN, x, y);
const polygon = (coordinates: number[][][]): Polygon => ({ type: 'Polygon', coordinates });
const landUse = defaultLandUseTable();
// a1 100×100 m at the origin, a2 east of it after a 10 m gap.
const { table } = tableOf([plot('a1', rect(0, 0, 100, 100), { subparkId: 'A' }), plot('a2', rect(110, 0, 100, 100), { subparkId: 'A' })]);

const CASES: { name: string; geometry: Polygon; expect: string | null }[] = [
  { name: 'fills the gap, sharing both edges', geometry: polygon(rect(100, 0, 10, 100)), expect: null },
  { name: 'south of a1, sharing its edge', geometry: polygon(rect(0, -50, 100, 50)), expect: null },
  { name: 'overlaps a1 by 0.5 m² (under the 1 m² limit)', geometry: polygon(rect(0, -50, 100, 50.005)), expect: null },
  { name: 'overlaps a1 by 500 m² (and a2 by 250 m²)', geometry: polygon(rect(90, -50, 15, 100)), expect: 'overlap' },
  { name: 'covers a2 whole', geometry: polygon(rect(105, -5, 120, 120)), expect: 'overlap' },
  { name: 'a bow-tie', geometry: polygon([[at(0, -100), at(50, -50), at(50, -100), at(0, -50), at(0, -100)]]), expect: 'invalid-feature' },
  { name: 'two positions', geometry: polygon([[at(0, -100), at(50, -50), at(0, -100)]]), expect: 'invalid-feature' },
];

describe('drawnLandRefusal (the viewer refuses what propose skips)', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.expect ?? 'accepted'}`, () => {
      const refusal = drawnLandRefusal(c.geometry, table, landUse);
      expect(refusal?.code ?? null).toBe(c.expect);
      // propose: the same geometry as an add change is skipped exactly when the tool refuses it.
      const feature = { type: 'Feature', properties: { id: 'n1', subparkId: 'A', landUse: '100101' }, geometry: c.geometry };
      const applied = applyProposal(table, { schema: 'parktwin-proposal/1', id: 'p', title: 't', state: 'draft', changes: [{ op: 'add', feature }] } as never, landUse, ['A']);
      expect(applied.appliedChanges.length === 0).toBe(c.expect !== null);
    });
  }

  it('names the plot and the area of an overlap', () => {
    const refusal = drawnLandRefusal(polygon(rect(90, -50, 15, 100)), table, landUse);
    expect(refusal).toMatchObject({ code: 'overlap', row: 0 });
    if (refusal?.code !== 'overlap') throw new Error('expected an overlap');
    expect(refusal.areaM2).toBeGreaterThan(499);
    expect(refusal.areaM2).toBeLessThan(501);
  });

  it('reports the self-intersection issue of the plot validation', () => {
    const refusal = drawnLandRefusal(CASES[5].geometry, table, landUse);
    expect(refusal?.code === 'invalid-feature' && refusal.issue.code).toBe('self-intersection');
  });

  it('refuses land under the minimum area only when one is set', () => {
    const small = polygon(rect(0, -20, 5, 5));
    expect(drawnLandRefusal(small, table, landUse)).toBeNull();
    expect(drawnLandRefusal(small, table, landUse, { minAreaM2: 50 })).toMatchObject({ code: 'too-small' });
  });

  it('refuses land overlapping land drawn before, as propose skips a second overlapping add', () => {
    const first = polygon(rect(0, -50, 100, 50));
    const second = polygon(rect(50, -80, 100, 50));
    const refusal = drawnLandRefusal(second, table, landUse, { otherLand: [polygon(rect(500, 500, 10, 10)), first] });
    expect(refusal).toMatchObject({ code: 'overlap-drawn', index: 1 });
    expect(drawnLandRefusal(polygon(rect(100, -50, 10, 50)), table, landUse, { otherLand: [first] })).toBeNull();
    const feature = (id: string, geometry: Polygon) => ({ op: 'add', feature: { type: 'Feature', properties: { id, subparkId: 'A', landUse: '100101' }, geometry } });
    const applied = applyProposal(table, { schema: 'parktwin-proposal/1', id: 'p', title: 't', state: 'draft', changes: [feature('n1', first), feature('n2', second)] } as never, landUse, ['A']);
    expect(applied.appliedChanges).toEqual([0]);
  });

  it('gives the same answer on the nearby plots only, rebuilt from the viewer rings', () => {
    const index = plotEdgeIndex(plotRingsOfTable(table));
    for (const c of CASES) {
      const ring = c.geometry.coordinates[0];
      const lons = ring.map((p) => p[0]), lats = ring.map((p) => p[1]);
      const rows = plotRowsNearBox(index, Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats));
      const near = plotShapesOfRows(index.rings, rows);
      expect(drawnLandRefusal(c.geometry, near, landUse)?.code ?? null).toBe(c.expect);
    }
  });
});
