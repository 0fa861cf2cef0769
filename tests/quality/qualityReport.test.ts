import { describe, expect, it } from 'vitest';
import * as polyclip from 'polyclip-ts';
import { defaultLandUseTable } from '../../src/index.ts';
import { qualityReport, QUALITY_KINDS } from '../../src/quality/index.ts';
import { deepFreeze } from '../helpers/deepFreeze.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';
import { tableOf } from '../helpers/tableOf.ts';
import { lonLatRing, plotFeature, rect } from './metrePolygons.ts';

function reportOf(features: unknown[]) {
  const { table, issues } = tableOf(deepFreeze(features));
  return { table, issues, report: qualityReport(table, { landUse: defaultLandUseTable(), issues }) };
}

describe('qualityReport', () => {
  it('reports an overlap with both ids and its area; neighbours and overlaps under 1 m² are not reported', () => {
    const { report } = reportOf([
      plotFeature('A', [rect(0, 0, 100, 100)]),
      plotFeature('B', [rect(60, 50, 160, 150)]), // 40 × 50 = 2000 m² inside A
      plotFeature('C', [rect(100, -100, 200, 0)]), // meets A at a corner, B not at all
      plotFeature('D', [rect(-100, 0, 0, 100)]), // A's neighbour, edge to edge
      plotFeature('E', [rect(-50, 99.995, 0, 200)]), // overlaps D by 50 × 0.005 = 0.25 m²: noise
    ]);
    expect(report.counts.overlap).toBe(1);
    const [overlap] = report.findings.filter((f) => f.kind === 'overlap');
    expect(overlap.plotIds).toEqual(['A', 'B']);
    expect(overlap.indexes).toEqual([0, 1]);
    expect(overlap.unit).toBe('m2');
    // Metres → degrees → metres through two different projection centres: equal-area, ~1e-5 relative.
    expect(overlap.measure).toBeGreaterThan(1999.9);
    expect(overlap.measure).toBeLessThan(2000.1);
    expect(overlap.message).toContain('A and B overlap by');
    expect(overlap.message).toContain('20% of A');
  });

  it('lists exact duplicates once as a group, also when a ring starts at another corner, and not as overlaps', () => {
    const ring = rect(0, 0, 50, 40);
    const rotated = [ring[2], ring[3], ring[0], ring[1], ring[2]];
    const { report } = reportOf([plotFeature('A', [ring]), plotFeature('X', [rect(500, 0, 540, 40)]), plotFeature('B', [rotated]), plotFeature('C', [ring])]);
    expect(report.counts['duplicate-geometry']).toBe(1);
    expect(report.counts.overlap).toBe(0);
    const [dup] = report.findings;
    expect(dup.kind).toBe('duplicate-geometry');
    expect(dup.plotIds).toEqual(['A', 'B', 'C']);
    expect(dup.indexes).toEqual([0, 2, 3]);
    expect(dup.measure).toBeCloseTo(2000, 0);
  });

  it('finds slivers by mean width: a 100 m × 1 m strip is one, a 100 m × 10 m road is not', () => {
    const { report } = reportOf([plotFeature('strip', [rect(0, 0, 100, 1)]), plotFeature('road', [rect(0, 100, 100, 110)])]);
    const slivers = report.findings.filter((f) => f.kind === 'sliver');
    expect(slivers.map((f) => f.plotIds[0])).toEqual(['strip']);
    // 2 × 100 / 202 m
    expect(slivers[0].measure).toBeCloseTo(0.99, 2);
    expect(slivers[0].unit).toBe('m');
  });

  it('summarises unknown land-use codes per code with counts, most plots first; known codes are silent', () => {
    const at = (k: number) => [rect(200 * k, 0, 200 * k + 100, 100)];
    const { report } = reportOf([
      plotFeature('a', at(0), 'QQ'),
      plotFeature('b', at(1), 'ZZ9'),
      plotFeature('c', at(2), 'M1'),
      plotFeature('d', at(3), 'ZZ9'),
      plotFeature('e', at(4), '0802'),
    ]);
    const unknown = report.findings.filter((f) => f.kind === 'unknown-land-use');
    expect(unknown.map((f) => [f.code, f.measure, f.plotIds])).toEqual([
      ['ZZ9', 2, ['b', 'd']],
      ['QQ', 1, ['a']],
    ]);
    expect(unknown[0].message).toContain('"other"');
  });

  it('lists invalid geometry (left out) and repairs (kept), so nothing is dropped silently', () => {
    const bowTie = { type: 'Feature', properties: { id: 'bow', subparkId: 'z', landUse: 'M1' }, geometry: { type: 'Polygon', coordinates: [lonLatRing([[0, 0], [100, 100], [100, 0], [0, 100], [0, 0]])] } };
    const unclosed = lonLatRing(rect(300, 0, 400, 100)).slice(0, 4);
    const clockwise = lonLatRing(rect(600, 0, 700, 100)).reverse();
    const repeated = lonLatRing(rect(900, 0, 1000, 100));
    repeated.splice(1, 0, repeated[1]);
    const feature = (id: string, ring: number[][]) => ({ type: 'Feature', properties: { id, subparkId: 'z', landUse: 'M1' }, geometry: { type: 'Polygon', coordinates: [ring] } });
    const { table, report } = reportOf([bowTie, feature('open', unclosed), feature('cw', clockwise), feature('rep', repeated)]);
    expect(table.ids).toEqual(['open', 'cw', 'rep']);
    const geometry = report.findings.filter((f) => f.kind === 'invalid-geometry' || f.kind === 'repaired-geometry');
    expect(geometry.map((f) => [f.kind, f.severity, f.code, f.plotIds[0], f.indexes[0], f.rows])).toEqual([
      ['invalid-geometry', 'error', 'self-intersection', 'bow', 0, []],
      ['repaired-geometry', 'warning', 'unclosed-ring', 'open', 1, [0]],
      ['repaired-geometry', 'warning', 'ring-orientation', 'cw', 2, [1]],
      ['repaired-geometry', 'warning', 'repeated-positions', 'rep', 3, [2]],
    ]);
    expect(geometry[0].message).toContain('left out of the analysis');
  });

  it('counts every kind, and takes its thresholds as options', () => {
    const features = [plotFeature('A', [rect(0, 0, 100, 100)]), plotFeature('B', [rect(99, 0, 199, 100)])]; // 1 × 100 = 100 m²
    const { table } = tableOf(features);
    expect(Object.keys(qualityReport(table, { landUse: defaultLandUseTable() }).counts)).toEqual([...QUALITY_KINDS]);
    expect(qualityReport(table, { landUse: defaultLandUseTable() }).counts.overlap).toBe(1);
    const strict = qualityReport(table, { landUse: defaultLandUseTable(), overlapMinM2: 150, sliverMaxWidthM: 60 });
    expect(strict.counts.overlap).toBe(0);
    expect(strict.counts.sliver).toBe(2);
    expect(strict.settings).toEqual({ overlapMinM2: 150, sliverMaxWidthM: 60, overlapListMax: 100_000 });
  });

  it('lists at most overlapListMax overlaps, counts them all, says how many are not listed and still marks their plots', () => {
    // A 4 × 1 row of 100 m squares, each shifted 10 m into the next: 3 overlaps of 1000 m².
    const features = [0, 1, 2, 3].map((k) => plotFeature(`R${k}`, [rect(90 * k, 0, 90 * k + 100, 100)]));
    features.push(plotFeature('alone', [rect(0, 500, 100, 600)]));
    const { table } = tableOf(features);
    const report = qualityReport(table, { landUse: defaultLandUseTable(), overlapListMax: 1 });
    expect(report.counts.overlap).toBe(3);
    const overlaps = report.findings.filter((f) => f.kind === 'overlap');
    expect(overlaps.map((f) => [f.code, f.plotIds, f.measure, f.unit])).toEqual([
      ['overlap', ['R0', 'R1'], expect.closeTo(1000, 0), 'm2'],
      ['overlaps-not-listed', [], 2, 'pairs'],
    ]);
    expect(overlaps[1].message).toContain('2 more overlapping pairs are not listed');
    expect(Array.from(report.problemRows)).toEqual([1, 1, 1, 1, 0]);
  });
});

describe('qualityReport fuzz: random rectangles on a metre grid (shared edges, T-junctions, containment)', () => {
  it('reports exactly the pairs whose polyclip-ts intersection is ≥ 1 m², with its area', () => {
    const rand = mulberry32(9);
    for (let round = 0; round < 5; round++) {
      const rects = Array.from({ length: 60 }, () => {
        const x = Math.floor(rand() * 40) * 10, y = Math.floor(rand() * 40) * 10;
        return rect(x, y, x + 10 * (1 + Math.floor(rand() * 5)), y + 10 * (1 + Math.floor(rand() * 5)));
      });
      const { table, report } = reportOf(rects.map((r, i) => plotFeature(`p${i}`, [r])));
      expect(table.count).toBe(60);
      const dupGroups = report.findings.filter((f) => f.kind === 'duplicate-geometry').map((f) => new Set(f.indexes));
      const expected: string[] = [];
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          if (dupGroups.some((g) => g.has(i) && g.has(j))) continue;
          const parts = polyclip.intersection([rects[i] as [number, number][]], [rects[j] as [number, number][]]);
          let area = 0;
          for (const polygon of parts) for (const ring of polygon) for (let v = 0; v < ring.length - 1; v++) area += (ring[v][0] * ring[v + 1][1] - ring[v + 1][0] * ring[v][1]) / 2;
          if (area >= 1) expected.push(`${i}-${j}:${Math.round(area)}`);
        }
      }
      const found = report.findings.filter((f) => f.kind === 'overlap').map((f) => `${f.indexes[0]}-${f.indexes[1]}:${Math.round(f.measure)}`);
      expect(found.sort(), `round ${round}`).toEqual(expected.sort());
    }
  });
});
