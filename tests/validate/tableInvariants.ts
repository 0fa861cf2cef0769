import { expect } from 'vitest';
import { DATE_FIELDS, NUMERIC_FIELDS, type PlotTable } from '../../src/schema/index.ts';

function expectOffsets(name: string, offsets: Uint32Array, items: number, total: number): void {
  expect(offsets.length, `${name} length`).toBe(items + 1);
  expect(offsets[0], `${name}[0]`).toBe(0);
  expect(offsets[items], `${name}[last]`).toBe(total);
  for (let i = 0; i < items; i++) {
    if (offsets[i + 1] <= offsets[i] && name !== 'evalOffsets') expect.fail(`${name} not increasing at ${i}`);
    if (offsets[i + 1] < offsets[i]) expect.fail(`${name} decreasing at ${i}`);
  }
}

/** Twice the signed planar area of ring r in degrees² (CCW positive): enough for the orientation sign. */
function ringOrientation(table: PlotTable, r: number): number {
  let sum = 0;
  for (let v = table.ringOffsets[r]; v < table.ringOffsets[r + 1] - 1; v++) {
    sum += table.lonLat[2 * v] * table.lonLat[2 * v + 3] - table.lonLat[2 * v + 2] * table.lonLat[2 * v + 1];
  }
  return sum;
}

/** Every structural promise of PlotTable: column lengths, offsets that chain, closed and oriented rings. */
export function expectConsistentTable(table: PlotTable): void {
  const n = table.count;
  for (const column of [table.ids, table.landUseCodes, table.names, table.enterprises, table.sourceIndex, table.subparkIndex, table.landUseCategory, table.landStatus]) {
    expect(column.length).toBe(n);
  }
  for (const f of NUMERIC_FIELDS) expect(table.numeric[f].length, f).toBe(n);
  for (const f of DATE_FIELDS) expect(table.dates[f].length, f).toBe(n);
  const polygons = table.polygonRingOffsets.length - 1;
  const rings = table.ringOffsets.length - 1;
  expectOffsets('plotPolygonOffsets', table.plotPolygonOffsets, n, polygons);
  expectOffsets('polygonRingOffsets', table.polygonRingOffsets, polygons, rings);
  expectOffsets('ringOffsets', table.ringOffsets, rings, table.lonLat.length / 2);
  expectOffsets('evalOffsets', table.evalOffsets, n, table.evalYear.length);
  expect(table.evalPass.length).toBe(table.evalYear.length);
  expect(table.evalScore.length).toBe(table.evalYear.length);
  for (let k = 0; k < polygons; k++) {
    for (let r = table.polygonRingOffsets[k]; r < table.polygonRingOffsets[k + 1]; r++) {
      const a = table.ringOffsets[r];
      const b = table.ringOffsets[r + 1] - 1;
      if (b - a < 3) expect.fail(`ring ${r} has ${b - a + 1} vertices`);
      if (table.lonLat[2 * a] !== table.lonLat[2 * b] || table.lonLat[2 * a + 1] !== table.lonLat[2 * b + 1]) expect.fail(`ring ${r} not closed`);
      const outer = r === table.polygonRingOffsets[k];
      if (outer !== ringOrientation(table, r) > 0) expect.fail(`ring ${r} (${outer ? 'outer' : 'hole'}) wrongly oriented`);
    }
  }
  for (let p = 0; p < n; p++) if (table.subparkIndex[p] >= table.subparkKeys.length) expect.fail(`row ${p} subparkIndex out of range`);
}
