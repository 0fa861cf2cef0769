import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, createPlotTableBuilder, defaultLandUseTable, FLAG_BIT, FLAG_NAMES, validateSubparks, type AnalysisResult, type PlotTable } from '../../src/index.ts';
import { AS_OF, readPlots, readSubparks } from './sampleFiles.ts';

let table: PlotTable;
let result: AnalysisResult;
let targets: Map<string, Record<string, number>>;
/** Validated sub-park properties: targets as numbers, their years apart. */
beforeAll(() => {
  const builder = createPlotTableBuilder(defaultLandUseTable());
  readPlots().features.forEach((f, i) => builder.add(f, i));
  table = builder.finish().table;
  result = analyze(table, { asOf: AS_OF });
  targets = new Map(validateSubparks(readSubparks()).subparks.map((f) => [f.properties.id, f.properties.targets]));
});

const rowOf = (id: string): number => table.ids.indexOf(id);
const flagged = (row: number, flag: (typeof FLAG_NAMES)[number]): boolean => (result.plots.flags[row] & FLAG_BIT[flag]) !== 0;

describe(`analysis of the sample (as of ${AS_OF})`, () => {
  it('finds every kind of flag, each on more than a handful of plots', () => {
    for (const flag of FLAG_NAMES) {
      const count = result.plots.flags.reduce((n, m) => n + (m & FLAG_BIT[flag] ? 1 : 0), 0);
      expect(count, flag).toBeGreaterThanOrEqual(20);
    }
  });

  it('finds consolidation groups in several sub-parks', () => {
    const parks = new Set(result.consolidation.map((g) => g.subparkId));
    expect(parks.size).toBeGreaterThanOrEqual(3);
    expect(result.consolidation.every((g) => g.areaM2 >= 30_000)).toBe(true);
  });

  it('finds small and scattered blocks in many-piece sub-parks', () => {
    const minhang = result.subparks.find((s) => s.subparkId === 'minhang');
    expect(minhang?.blockCount).toBeGreaterThanOrEqual(10);
    expect(minhang?.mainBlockShare).toBeLessThan(0.6);
    const removal = result.subparks.filter((s) => s.flagCounts['removal-candidate'] > 0);
    expect(removal.length).toBeGreaterThanOrEqual(3);
  });

  it('lands the published indicators of Minhang and Huangpu within 15% of their targets', () => {
    for (const id of ['minhang', 'huangpu']) {
      const s = result.subparks.find((x) => x.subparkId === id);
      const target = targets.get(id)?.labourProductivity ?? NaN;
      expect(s?.labourProductivity.value ?? 0, id).toBeGreaterThan(target * 0.85);
      expect(s?.labourProductivity.value ?? 0, id).toBeLessThan(target * 1.15);
      expect(s?.labourProductivity.plotsWithData ?? 0).toBeGreaterThan(50);
    }
    const minhang = result.subparks.find((x) => x.subparkId === 'minhang');
    expect(minhang?.rdIntensity.value ?? 0).toBeGreaterThan(0.068 * 0.85);
    expect(minhang?.rdIntensity.value ?? 0).toBeLessThan(0.068 * 1.15);
    for (const s of result.subparks) {
      expect(s.rdIntensity.value ?? 0, s.subparkId).toBeGreaterThan(0.01);
      expect(s.rdIntensity.value ?? 1, s.subparkId).toBeLessThan(0.12);
    }
  });

  it('carries values exactly at the limits, which pass', () => {
    // Edge-case plots are listed in data/sample/README.md.
    const exact30 = [...Array(table.count).keys()].filter((r) => result.plots.otherShare[r] === 0.3 && result.plots.amenityShare[r] === 0.15);
    expect(exact30.length).toBeGreaterThanOrEqual(3);
    for (const r of exact30) {
      expect(flagged(r, 'mixed-use-over-30')).toBe(false);
      expect(flagged(r, 'mixed-use-amenity-over-15')).toBe(false);
      expect(result.plots.far[r]).toBe(2);
      expect(flagged(r, 'low-far')).toBe(false);
    }
    const vacancyHalf = [...Array(table.count).keys()].filter((r) => table.numeric.vacancyRate[r] === 0.5);
    expect(vacancyHalf.length).toBeGreaterThan(0);
    for (const r of vacancyHalf) expect(flagged(r, 'vacant-building')).toBe(true);
    // Agreed exactly one year before the as-of date: idle on it; a day later: not yet.
    const idleExact = table.ids.filter((_, r) => table.dates.agreedStartDate[r] === Date.UTC(2025, 6, 31) / 86_400_000);
    expect(idleExact.some((id) => flagged(rowOf(id), 'idle-land'))).toBe(true);
    const notYet = table.ids.filter((_, r) => table.dates.agreedStartDate[r] === Date.UTC(2025, 7, 1) / 86_400_000 && Number.isNaN(table.numeric.developedShare[r]));
    expect(notYet.length).toBeGreaterThan(0);
    for (const id of notYet) expect(flagged(rowOf(id), 'idle-land')).toBe(false);
  });
});
