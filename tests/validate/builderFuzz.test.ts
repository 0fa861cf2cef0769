import { describe, expect, it } from 'vitest';
import { defaultLandUseTable } from '../../src/landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../../src/validate/plotTableBuilder.ts';
import { plotFeatureOfRow } from '../../src/validate/tableToFeatureCollection.ts';
import { validateSubparks } from '../../src/validate/validateSubparks.ts';
import { geoJsonPolygonAreaM2 } from '../../src/geo/ringArea.ts';
import { NUMERIC_FIELDS, type InputIssue } from '../../src/schema/index.ts';
import { deepFreeze } from '../helpers/deepFreeze.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';
import { squareRing, validFeature } from './plotFixtures.ts';
import { expectConsistentTable } from './tableInvariants.ts';

const ITERATIONS = 3000;

function deepArray(levels: number): unknown {
  let v: unknown = [121.6, 31.19];
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

/** Shared, frozen junk; large values are built once. */
const JUNK: readonly unknown[] = deepFreeze([
  null, undefined, NaN, Infinity, -Infinity, -1, 0, -0, 1e308, 3.5, 2, 121.6, 31.19, 40512345.5, 2024,
  '', 'abc', '12', ' 7 ', '1,200', '2023-02-30', '2024-02-29', 'Feature', 'Polygon', 'M1', '0802', 'x'.repeat(10_000),
  true, false, [], {}, [1, 2], [[1, 2]], [121.6, 31.19], { a: { b: [] } }, { type: 'Polygon' }, { type: 'Feature' },
  { year: 2024, pass: 'no' }, { year: 2024.5, pass: true },
  Array.from({ length: 20_000 }, (_, i) => i),
  Array.from({ length: 5_000 }, (_, i) => ({ year: 1990 + (i % 40), pass: i % 3 === 0, score: i })),
  Array.from({ length: 5_000 }, (_, i) => [121.6 + Math.cos(i / 800) * 0.01, 31.19 + Math.sin(i / 800) * 0.01]),
  deepArray(200),
  10n,
  Symbol('junk'),
  () => 1,
]);

/** A ring of n vertices around lon, lat (counter-clockwise, closed). */
function circleRing(n: number, lon: number, lat: number, r = 0.002): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) ring.push([lon + r * Math.cos((2 * Math.PI * i) / n), lat + r * Math.sin((2 * Math.PI * i) / n)]);
  ring.push(ring[0].slice());
  return ring;
}

function baseFeature(rand: () => number, id: string): Record<string, unknown> {
  const lon = 121.2 + rand() * 0.6;
  const lat = 30.9 + rand() * 0.5;
  const f = validFeature(id, lon, lat);
  const kind = rand();
  if (kind < 0.2) {
    f.geometry = { type: 'MultiPolygon', coordinates: [[squareRing(lon, lat, 0.01), squareRing(lon + 0.003, lat + 0.003, 0.002).reverse()], [squareRing(lon + 0.02, lat)]] };
  } else if (kind < 0.3) {
    f.geometry = { type: 'Polygon', coordinates: [circleRing(300 + Math.floor(rand() * 700), lon, lat)] };
  }
  delete (f.properties as Record<string, unknown>).landAreaM2;
  return f;
}

/** Applies one random change somewhere inside `root` (a fresh, unfrozen clone). */
function mutate(root: Record<string, unknown>, rand: () => number): void {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  let parent: Record<string | number, unknown> = root;
  // Mostly inside properties and geometry, where most checks live; sometimes the feature itself.
  const r = rand();
  let key: string | number = r < 0.6 ? 'properties' : r < 0.95 ? 'geometry' : pick(Object.keys(root));
  if (key === 'geometry' && swapPositions(root.geometry, rand)) return;
  for (let depth = 0; depth < 8 && rand() < 0.7; depth++) {
    const child: unknown = parent[key];
    if (typeof child !== 'object' || child === null || Object.isFrozen(child)) break;
    const keys = Object.keys(child);
    if (keys.length === 0) break;
    parent = child as Record<string | number, unknown>;
    key = Array.isArray(child) ? Math.floor(rand() * child.length) : pick(keys);
  }
  const current = parent[key];
  const op = rand();
  if (op < 0.2) delete parent[key];
  else if (op < 0.65) parent[key] = pick(JUNK);
  else if (op < 0.75 && typeof current === 'number') parent[key] = String(current);
  else if (op < 0.8 && typeof current === 'number') parent[key] = current * pick([-1, 1e6, 100, 0, NaN]);
  else if (op < 0.85) parent[key] = [current];
  else if (op < 0.9 && Array.isArray(current)) parent[key] = current.slice(0, Math.floor(rand() * current.length));
  else if (op < 0.95 && Array.isArray(current)) parent[key] = current.slice().reverse();
  else parent[key] = { nested: current, junk: pick(JUNK) };
}

/** Swaps two positions of a random ring (usually a self-intersection); false when there is no ring to change. */
function swapPositions(geometry: unknown, rand: () => number): boolean {
  if (rand() < 0.7 || typeof geometry !== 'object' || geometry === null || Object.isFrozen(geometry)) return false;
  const g = geometry as { type?: unknown; coordinates?: unknown };
  const rings = (g.type === 'MultiPolygon' && Array.isArray(g.coordinates) ? g.coordinates[0] : g.coordinates) as unknown;
  if (!Array.isArray(rings) || !Array.isArray(rings[0]) || Object.isFrozen(rings[0]) || rings[0].length < 4) return false;
  const ring = rings[0] as unknown[];
  const a = 1 + Math.floor(rand() * (ring.length - 2));
  const b = 1 + Math.floor(rand() * (ring.length - 2));
  [ring[a], ring[b]] = [ring[b], ring[a]];
  return true;
}

/** Issue codes that describe the data as given (values kept), so they may reappear on re-validation. */
const KEPT_AS_GIVEN = new Set([
  'outside-shanghai', 'land-area-mismatch', 'gfa-parts-exceed-total', 'gfa-parts-without-total', 'duplicate-evaluation-year',
  'suspended-before-start', 'suspended-without-start', 'suspended-without-shares', 'unknown-land-use', 'missing-land-use',
]);

describe('plot table builder fuzz', () => {
  it(`survives ${ITERATIONS} randomly broken features: never throws, never drops silently, kept rows round-trip`, () => {
    const rand = mulberry32(20_261_123);
    const builder = createPlotTableBuilder(defaultLandUseTable());
    const inputs: unknown[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      let feature: unknown = baseFeature(rand, `F${i}`);
      const mutations = Math.floor(rand() * 4);
      for (let m = 0; m < mutations; m++) mutate(feature as Record<string, unknown>, rand);
      if (rand() < 0.02) feature = JUNK[Math.floor(rand() * JUNK.length)];
      deepFreeze(feature);
      inputs.push(feature);
      expect(() => builder.add(feature, i)).not.toThrow();
    }
    const { table, issues } = builder.finish();

    expect(issues.filter((i) => i.code === 'internal-error')).toEqual([]);
    expectConsistentTable(table);
    const issuesByIndex = new Map<number, InputIssue[]>();
    for (const issue of issues) {
      if (!issuesByIndex.has(issue.index)) issuesByIndex.set(issue.index, []);
      issuesByIndex.get(issue.index)!.push(issue);
    }
    const rowByIndex = new Map(Array.from(table.sourceIndex, (s, row) => [s, row]));
    let kept = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const own = issuesByIndex.get(i) ?? [];
      const dropped = own.some((x) => x.severity === 'error');
      expect(rowByIndex.has(i), `feature ${i}: ${JSON.stringify(own)}`).toBe(!dropped);
      if (dropped) continue;
      kept++;
      const row = rowByIndex.get(i)!;
      const input = inputs[i] as { properties: Record<string, unknown>; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] } };

      // A numeric field differs from its input only with an issue on that field.
      for (const field of NUMERIC_FIELDS) {
        const given = input.properties[field];
        const stored = table.numeric[field][row];
        const same = (given === undefined || given === null) ? Number.isNaN(stored) : Object.is(given, stored);
        if (!same) expect(own.some((x) => x.field === field), `feature ${i} ${field}`).toBe(true);
      }

      // The stored geometry is this feature's own (no leftovers of dropped features).
      const exported = plotFeatureOfRow(table, row);
      const areaIn = geoJsonPolygonAreaM2(input.geometry.type, input.geometry.coordinates);
      const areaOut = geoJsonPolygonAreaM2(exported.geometry.type, exported.geometry.coordinates);
      expect(Math.abs(areaOut - areaIn)).toBeLessThanOrEqual(1e-6 * Math.abs(areaIn) + 1e-6);

      // Re-validating the exported plot gives the same plot and no repairs.
      const again = createPlotTableBuilder(defaultLandUseTable());
      again.add(deepFreeze(exported), 0);
      const second = again.finish();
      expect(second.issues.filter((x) => !KEPT_AS_GIVEN.has(x.code)), `feature ${i}`).toEqual([]);
      expect(plotFeatureOfRow(second.table, 0)).toEqual(exported);
    }
    const codeCounts = new Map<string, number>();
    for (const x of issues) codeCounts.set(x.code, (codeCounts.get(x.code) ?? 0) + 1);
    // The mutations must leave a real mix, or the test proves little.
    expect(kept).toBeGreaterThan(ITERATIONS * 0.2);
    expect(kept).toBeLessThan(ITERATIONS * 0.9);
    expect(codeCounts.size).toBeGreaterThanOrEqual(30);
  });

  it('validateSubparks never throws on broken sub-parks', () => {
    const rand = mulberry32(7);
    for (let i = 0; i < 500; i++) {
      const feature: Record<string, unknown> = {
        type: 'Feature',
        properties: { id: `S${i}`, name: '园', nameEn: 'Park', district: '浦东', approvedAreaKm2: 5, leadingIndustries: ['a'], targets: { x: 1 } },
        geometry: { type: 'Polygon', coordinates: [squareRing(121.5, 31.2, 0.02)] },
      };
      for (let m = 0; m < 3; m++) mutate(feature, rand);
      const fc = deepFreeze({ type: 'FeatureCollection', features: [feature] });
      expect(() => validateSubparks(fc)).not.toThrow();
      const { subparks, issues } = validateSubparks(fc);
      expect(subparks.length === 1 || issues.some((x) => x.severity === 'error')).toBe(true);
      expect(issues.filter((x) => x.code === 'internal-error')).toEqual([]);
    }
  });
});
