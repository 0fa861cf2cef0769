import { describe, expect, it } from 'vitest';
import { defaultLandUseTable } from '../../src/landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../../src/validate/plotTableBuilder.ts';
import { plotPropertiesOfRow } from '../../src/validate/plotPropertiesOfRow.ts';
import { tableToFeatureCollection } from '../../src/validate/tableToFeatureCollection.ts';
import { parseIsoDay } from '../../src/validate/isoDay.ts';
import { LAND_USE_CATEGORIES, MISSING_DAY, type InputIssue } from '../../src/schema/index.ts';
import { deepFreeze } from '../helpers/deepFreeze.ts';
import { featureWith, squareRing, validFeature, validProperties } from './plotFixtures.ts';

function build(features: unknown[]) {
  const builder = createPlotTableBuilder(defaultLandUseTable());
  features.forEach((f, i) => builder.add(deepFreeze(f), i));
  return builder.finish();
}

const codes = (issues: InputIssue[]) => issues.map((i) => i.code);

describe('createPlotTableBuilder: a valid plot', () => {
  it('packs every contract field into the table without issues', () => {
    const { table, issues } = build([validFeature('P1')]);
    expect(issues).toEqual([]);
    expect(table.count).toBe(1);
    expect(table.ids).toEqual(['P1']);
    expect(table.subparkKeys).toEqual(['zhangjiang']);
    expect(LAND_USE_CATEGORIES[table.landUseCategory[0]]).toBe('industrial');
    expect(table.numeric.gfaAboveM2[0]).toBe(20_000);
    expect(table.numeric.employees[0]).toBe(120);
    expect(table.dates.agreedStartDate[0]).toBe(parseIsoDay('2020-02-29'));
    expect(Array.from(table.evalYear)).toEqual([2023, 2024]);
    expect(Array.from(table.evalPass)).toEqual([0, 1]);
    expect(table.evalScore[0]).toBeCloseTo(55.5);
    expect(Number.isNaN(table.evalScore[1])).toBe(true);
    expect(Array.from(table.plotPolygonOffsets)).toEqual([0, 1]);
    expect(Array.from(table.polygonRingOffsets)).toEqual([0, 1]);
    expect(Array.from(table.ringOffsets)).toEqual([0, 5]);
    expect(table.lonLat).toHaveLength(10);
    expect(table.names).toEqual(['张江地块']);
  });

  it('round-trips through plotPropertiesOfRow and tableToFeatureCollection', () => {
    const feature = validFeature('P1');
    const { table } = build([feature]);
    expect(plotPropertiesOfRow(table, 0)).toEqual(feature.properties);
    const fc = tableToFeatureCollection(table);
    expect(fc.features[0].geometry).toEqual(feature.geometry);
    expect(tableToFeatureCollection(table, []).features).toEqual([]);
  });

  it('marks missing numbers NaN and missing dates MISSING_DAY', () => {
    const { table, issues } = build([featureWith({ tax: undefined, suspendedSince: null, heightM: null })]);
    expect(issues).toEqual([]);
    expect(Number.isNaN(table.numeric.tax[0])).toBe(true);
    expect(Number.isNaN(table.numeric.heightM[0])).toBe(true);
    expect(table.dates.suspendedSince[0]).toBe(MISSING_DAY);
  });

  it('numbers sub-parks in first-seen order and keeps source indices', () => {
    const a = featureWith({ subparkId: 'b' }, undefined, 'A');
    const bad = { type: 'Feature', properties: null, geometry: null };
    const b = featureWith({ id: 'B', subparkId: 'a' });
    const c = featureWith({ id: 'C', subparkId: 'b' });
    const { table } = build([a, bad, b, c]);
    expect(table.subparkKeys).toEqual(['b', 'a']);
    expect(Array.from(table.subparkIndex)).toEqual([0, 1, 0]);
    expect(Array.from(table.sourceIndex)).toEqual([0, 2, 3]);
  });
});

describe('createPlotTableBuilder: geometry layout', () => {
  it('stores outer rings counter-clockwise and holes clockwise, closed', () => {
    const outerCw = squareRing(121.6, 31.19, 0.01).reverse();
    const holeCcw = squareRing(121.603, 31.193, 0.002);
    const { table, issues } = build([featureWith({ landAreaM2: undefined }, { type: 'Polygon', coordinates: [outerCw, holeCcw] })]);
    // Repaired, and said so: the data-quality report lists it.
    expect(issues.map((i) => [i.severity, i.code, i.field])).toEqual([['warning', 'ring-orientation', 'geometry']]);
    expect(issues[0].message).toContain('2 ring(s) wound the wrong way');
    const fc = tableToFeatureCollection(table);
    const [outer, hole] = fc.features[0].geometry.coordinates as number[][][];
    expect(outer).toEqual(squareRing(121.6, 31.19, 0.01));
    expect(hole).toEqual(squareRing(121.603, 31.193, 0.002).reverse());
    expect(outer[0]).toEqual(outer[outer.length - 1]);
  });

  it('lays out MultiPolygons with offsets per plot, polygon and ring', () => {
    const multi = {
      type: 'MultiPolygon',
      coordinates: [[squareRing(121.6, 31.19)], [squareRing(121.61, 31.19, 0.004), squareRing(121.611, 31.191)]],
    };
    const { table } = build([validFeature('A'), featureWith({ id: 'B', landAreaM2: undefined }, multi)]);
    expect(Array.from(table.plotPolygonOffsets)).toEqual([0, 1, 3]);
    expect(Array.from(table.polygonRingOffsets)).toEqual([0, 1, 2, 4]);
    expect(Array.from(table.ringOffsets)).toEqual([0, 5, 10, 15, 20]);
    const g = tableToFeatureCollection(table, [1]).features[0].geometry;
    expect(g.type).toBe('MultiPolygon');
  });

  it('leaves no trace of a dropped feature in the geometry arrays', () => {
    const bowTie = [[121.6, 31.19], [121.601, 31.191], [121.601, 31.19], [121.6, 31.191], [121.6, 31.19]];
    const { table } = build([validFeature('A'), featureWith({ id: 'B' }, { type: 'Polygon', coordinates: [squareRing(121.7, 31.2), bowTie] }), validFeature('C')]);
    expect(table.ids).toEqual(['A', 'C']);
    expect(Array.from(table.ringOffsets)).toEqual([0, 5, 10]);
    expect(table.lonLat[10]).toBe(121.6);
  });

  it('closes an unclosed ring with a warning', () => {
    const open = squareRing(121.6, 31.19).slice(0, 4);
    const { table, issues } = build([featureWith({}, { type: 'Polygon', coordinates: [open] })]);
    expect(codes(issues)).toEqual(['unclosed-ring']);
    expect(table.ringOffsets[1]).toBe(5);
  });

  it('drops repeated consecutive positions without changing the shape', () => {
    const ring = squareRing(121.6, 31.19);
    ring.splice(2, 0, ring[1], ring[1]);
    const { table, issues } = build([featureWith({}, { type: 'Polygon', coordinates: [ring] })]);
    expect(issues.map((i) => [i.severity, i.code, i.field])).toEqual([['warning', 'repeated-positions', 'geometry']]);
    expect(issues[0].message).toContain('2 position(s) repeated');
    expect(table.ringOffsets[1]).toBe(5);
  });
});

describe('createPlotTableBuilder: policies', () => {
  it('reads null or "" subparkId as outside every sub-park, silently; a missing or unusable one with a warning', () => {
    const { table, issues } = build([
      featureWith({ id: 'null', subparkId: null }),
      featureWith({ id: 'empty', subparkId: '' }),
      featureWith({ id: 'absent', subparkId: undefined }),
      featureWith({ id: 'blank', subparkId: '  ' }),
      featureWith({ id: 'object', subparkId: { a: 1 } }),
      validFeature('in'),
    ]);
    expect(table.ids).toEqual(['null', 'empty', 'absent', 'blank', 'object', 'in']);
    const keys = table.ids.map((_, r) => table.subparkKeys[table.subparkIndex[r]]);
    expect(keys.slice(0, 5)).toEqual(['', '', '', '', '']);
    expect(keys[5]).not.toBe('');
    expect(issues.map((i) => [i.index, i.severity, i.code, i.field])).toEqual([
      [2, 'warning', 'missing-subpark-id', 'subparkId'],
      [3, 'warning', 'blank-subpark-id', 'subparkId'],
      [4, 'warning', 'invalid-subpark-id', 'subparkId'],
    ]);
  });

  it('reads rectification, warning on anything but "effective" / "ineffective"', () => {
    const { table, issues } = build([
      featureWith({ id: 'e', rectification: 'effective' }),
      featureWith({ id: 'i', rectification: 'ineffective' }),
      featureWith({ id: 'u' }),
      featureWith({ id: 'x', rectification: '整改中' }),
    ]);
    expect(Array.from(table.rectification)).toEqual([1, 2, 0, 0]);
    expect(issues.map((i) => [i.index, i.code, i.field])).toEqual([[3, 'invalid-rectification', 'rectification']]);
  });

  it('drops features with feature-level errors and keeps the rest', () => {
    const { table, issues } = build([
      validFeature('A'),
      featureWith({ id: undefined }),
      featureWith({ id: 'A' }),
      featureWith({ id: 'E' }, null),
      validFeature('F'),
    ]);
    expect(table.ids).toEqual(['A', 'F']);
    expect(issues.map((i) => [i.index, i.severity, i.code])).toEqual([
      [1, 'error', 'missing-id'],
      [2, 'error', 'duplicate-id'],
      [3, 'error', 'missing-geometry'],
    ]);
    expect(issues[1].message).toContain('index 0');
    expect(issues[1].id).toBe('A');
  });

  it('keeps plots with field-level problems, the field missing', () => {
    const { table, issues } = build([featureWith({ tax: 'lots', developedShare: 35, heightM: -3, vacancyRate: Number.NaN })]);
    expect(table.count).toBe(1);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(codes(issues).sort()).toEqual(['invalid-number', 'invalid-number', 'negative-number', 'share-out-of-range']);
    expect(Number.isNaN(table.numeric.tax[0])).toBe(true);
    expect(Number.isNaN(table.numeric.developedShare[0])).toBe(true);
    expect(issues.find((i) => i.field === 'developedShare')?.message).toContain('0.35');
  });

  it('accepts numeric strings, numeric ids and numeric land-use codes with warnings', () => {
    const { table, issues } = build([featureWith({ id: 42, gfaAboveM2: ' 1.5e4 ', landUse: 802 })]);
    expect(table.ids).toEqual(['42']);
    expect(table.numeric.gfaAboveM2[0]).toBe(15_000);
    expect(LAND_USE_CATEGORIES[table.landUseCategory[0]]).toBe('rnd');
    expect(codes(issues).sort()).toEqual(['numeric-id', 'numeric-land-use', 'numeric-string']);
    expect(issues.every((i) => i.id === '42')).toBe(true);
  });

  it('takes the Feature id when properties.id is missing', () => {
    const f = { ...featureWith({ id: undefined }), id: 'F-7' };
    const { table, issues } = build([f]);
    expect(table.ids).toEqual(['F-7']);
    expect(issues[0]).toMatchObject({ code: 'id-from-feature', id: 'F-7', severity: 'warning' });
  });

  it('classifies unknown and missing land-use codes as other, with a warning', () => {
    const { table, issues } = build([featureWith({ landUse: 'Z9' }, undefined, 'A'), featureWith({ id: 'B', landUse: undefined })]);
    expect(table.count).toBe(2);
    expect(Array.from(table.landUseCategory)).toEqual([12, 12]);
    expect(table.landUseCodes).toEqual(['Z9', '']);
    expect(codes(issues)).toEqual(['unknown-land-use', 'missing-land-use']);
  });

  it('defaults an unknown landStatus to supplied with a warning', () => {
    const { table, issues } = build([featureWith({ landStatus: '批而未供' }, undefined, 'A'), featureWith({ id: 'B', landStatus: 'approved-unsupplied' })]);
    expect(Array.from(table.landStatus)).toEqual([0, 1]);
    expect(codes(issues)).toEqual(['invalid-land-status']);
  });

  it('warns when floor-area parts exceed the total, keeping the values', () => {
    const { table, issues } = build([featureWith({ gfaAboveM2: 1000, gfaOtherM2: 700, gfaAmenityM2: 400 })]);
    expect(codes(issues)).toEqual(['gfa-parts-exceed-total']);
    expect(issues[0].message).toContain('1100');
    expect(table.numeric.gfaOtherM2[0]).toBe(700);
    expect(codes(build([featureWith({ gfaAboveM2: 1000, gfaOtherM2: 100, gfaAmenityM2: 200 })]).issues)).toEqual([]);
    expect(codes(build([featureWith({ gfaAboveM2: undefined })]).issues)).toEqual(['gfa-parts-without-total']);
  });

  it('warns when the declared land area is far from the geometry', () => {
    const { issues } = build([featureWith({ landAreaM2: 20_000 })]);
    expect(codes(issues)).toEqual(['land-area-mismatch']);
    expect(issues[0].message).toMatch(/20000 m².*105\d\d m²/);
    expect(build([featureWith({ landAreaM2: 10_000 })]).issues).toEqual([]);
    const zero = build([featureWith({ landAreaM2: 0 })]);
    expect(codes(zero.issues)).toEqual(['zero-land-area']);
    expect(Number.isNaN(zero.table.numeric.landAreaM2[0])).toBe(true);
  });

  it('checks dates: impossible days, date-times, suspension order', () => {
    const { table, issues } = build([
      featureWith({ agreedStartDate: '2023-02-30', actualStartDate: '2021-03-04T08:00:00+08:00', suspendedSince: '2021-01-01' }),
    ]);
    expect(codes(issues)).toEqual(['invalid-date', 'date-time-truncated', 'suspended-before-start']);
    expect(table.dates.agreedStartDate[0]).toBe(MISSING_DAY);
    expect(table.dates.actualStartDate[0]).toBe(parseIsoDay('2021-03-04'));
    expect(codes(build([featureWith({ actualStartDate: undefined })]).issues)).toEqual(['suspended-without-start']);
    expect(codes(build([featureWith({ agreedStartDate: '2021/03/04' })]).issues)).toEqual(['invalid-date']);
  });

  it('warns that idle land cannot be judged for a suspended plot with neither developed nor invested share', () => {
    const { table, issues } = build([featureWith({ developedShare: undefined, investedShare: undefined })]);
    expect(table.count).toBe(1);
    expect(issues.map((i) => [i.code, i.severity, i.field])).toEqual([['suspended-without-shares', 'warning', 'suspendedSince']]);
    expect(issues[0].message).toContain('idle land cannot be judged');
    // One share is enough to judge; no suspension, nothing to judge.
    expect(codes(build([featureWith({ developedShare: undefined })]).issues)).toEqual([]);
    expect(codes(build([featureWith({ suspendedSince: undefined, developedShare: undefined, investedShare: undefined })]).issues)).toEqual([]);
  });

  it('checks evaluations: bad entries, bad scores, repeated years; sorts by year', () => {
    const { table, issues } = build([
      featureWith({
        evaluations: [{ year: 2024, pass: true }, { year: '2023', pass: true }, { year: 2022, pass: 'yes' }, { year: 2021, pass: false, score: 'A' }, { year: 2024, pass: false, score: 1e300 }],
      }),
    ]);
    expect(codes(issues)).toEqual(['invalid-evaluation', 'invalid-evaluation-score', 'duplicate-evaluation-year']);
    expect(issues[0].message).toMatch(/^2 of 5/);
    expect(Array.from(table.evalYear)).toEqual([2021, 2024, 2024]);
    expect(Array.from(table.evalPass)).toEqual([0, 1, 0]);
    expect(issues[1].message).toMatch(/^2 evaluation score/);
    expect(Number.isNaN(table.evalScore[2])).toBe(true);
    expect(codes(build([featureWith({ evaluations: { 2023: true } })]).issues)).toEqual(['invalid-evaluations']);
  });

  it('stringifies primitive labels and ignores object labels, with warnings', () => {
    const { table, issues } = build([featureWith({ name: 12, enterprise: { zh: 'x' } })]);
    expect(table.names).toEqual(['12']);
    expect(table.enterprises).toEqual(['']);
    expect(codes(issues)).toEqual(['non-string-label', 'non-string-label']);
  });

  it('names the contract field a misspelled property probably means', () => {
    const { issues } = build([featureWith({ LandUse: 'M1', subpark_id: 'x', landarea_m2: 3, colour: 'red' })]);
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ['unknown-field-similar-to', 'LandUse'],
      ['unknown-field-similar-to', 'subpark_id'],
      ['unknown-field-similar-to', 'landarea_m2'],
    ]);
    expect(issues[2].message).toContain('"landAreaM2"');
  });

  it('passes reported issues through, sorted by index', () => {
    const builder = createPlotTableBuilder(defaultLandUseTable());
    builder.add(featureWith({ id: undefined }), 0);
    builder.report({ index: -1, id: null, severity: 'error', code: 'bad-crs', field: null, message: 'x' });
    builder.report({ index: 1, id: null, severity: 'error', code: 'unparseable-feature', field: null, message: 'y' });
    const { issues } = builder.finish();
    expect(issues.map((i) => i.index)).toEqual([-1, 0, 1]);
  });

  it('does not mutate its (frozen) input', () => {
    const outerCw = deepFreeze(squareRing(121.6, 31.19).reverse());
    expect(() => build([featureWith({}, { type: 'Polygon', coordinates: [outerCw] })])).not.toThrow();
    expect(validProperties().id).toBe('P1');
  });
});
