import { beforeAll, describe, expect, it } from 'vitest';
import { createPlotTableBuilder, defaultLandUseTable, validateSubparks, LAND_USE_CATEGORIES, type InputIssue, type PlotTable } from '../../src/index.ts';
import { readPlots, readSubparks, type PlotFeature, type SampleCollection } from './sampleFiles.ts';

let plots: SampleCollection<PlotFeature>;
let table: PlotTable;
let issues: InputIssue[];
beforeAll(() => {
  plots = readPlots();
  const builder = createPlotTableBuilder(defaultLandUseTable());
  plots.features.forEach((f, i) => builder.add(f, i));
  ({ table, issues } = builder.finish());
});

describe('sample validity', () => {
  it('every plot passes the validator without a single issue', () => {
    expect(issues).toEqual([]);
    expect(table.count).toBe(plots.features.length);
  });

  it('sub-park boundaries pass the validator', () => {
    const { subparks, issues: subparkIssues } = validateSubparks(JSON.parse(readSubparks().text));
    expect(subparkIssues).toEqual([]);
    expect(subparks).toHaveLength(23);
  });

  it('uses 2023 national and legacy Shanghai/GB codes, all known to the land-use table', () => {
    const landUse = defaultLandUseTable();
    const codes = new Set(plots.features.map((f) => f.properties.landUse));
    for (const code of codes) expect(landUse.lookup(code), code).toBeDefined();
    for (const legacy of ['M1', 'C65', 'C8']) expect(codes.has(legacy), legacy).toBe(true);
    for (const national of ['100101', '0802', '0902', '1101', '1401', '1207']) expect(codes.has(national), national).toBe(true);
  });

  it('gives every sub-park roads, green and utilities', () => {
    const seen = new Map<string, Set<string>>();
    for (let r = 0; r < table.count; r++) {
      const park = table.subparkKeys[table.subparkIndex[r]];
      // Land outside every sub-park is industrial land around them, not a park with its own roads.
      if (park === '') continue;
      if (!seen.has(park)) seen.set(park, new Set());
      seen.get(park)?.add(LAND_USE_CATEGORIES[table.landUseCategory[r]]);
    }
    expect(seen.size).toBe(23);
    for (const [park, cats] of seen) {
      for (const needed of ['road', 'green', 'utility']) expect(cats.has(needed), `${park} ${needed}`).toBe(true);
    }
  });
});
