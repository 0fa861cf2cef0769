import { describe, expect, it } from 'vitest';
import { digestOf, fieldsFile, readFixture, type AnalysisDigest } from './importFixtures.ts';
import type { ImportOptions } from '../../../src/index.ts';

/**
 * Every file GDAL wrote from source.geojson (scripts/fixtures/writeImportFixtures.ts) must analyse
 * exactly like it: same plots, sub-parks, flags, blocks, groups and feature issues.
 *
 * Areas and FAR are compared to a relative 1e-6 (GCJ-02: 2e-5). Why: a plot's coordinates come
 * back through two implementations of the projection (PROJ in GDAL, proj4 here); Transverse
 * Mercator round trips agree to ~1e-9° (0.1 mm), CSV WKT carries 15 significant digits of metres,
 * so a 10 000 m² plot moves by far less than 0.01 m². gcoord's GCJ-02 → WGS84 inverse is
 * iterative and stops at ~1e-6° of position error (≈0.1 m), which shifts a plot's outline as a
 * whole and bends its area by < 1e-5. The rules compare distances to 50 m and areas to 10⁴-10⁵ m²,
 * so no flag sits that close to a limit in this sample (the flags being equal checks that).
 */
const GK = 1e-6;
const GCJ = 2e-5;

interface Case {
  file: string;
  options?: ImportOptions;
  tolerance: number;
  format: string;
  crs: string;
  encoding?: string;
}

const GBK_FIELDS: ImportOptions = { fields: fieldsFile('shapefile-gbk-fields.json') };
const UTF8_FIELDS: ImportOptions = { fields: fieldsFile('shapefile-utf8-fields.json') };

const CASES: Case[] = [
  { file: 'plots-4326.shp.zip', options: GBK_FIELDS, tolerance: GK, format: 'shapefile', crs: 'EPSG:4326', encoding: 'gbk' },
  { file: 'plots-4490.shp.zip', options: UTF8_FIELDS, tolerance: GK, format: 'shapefile', crs: 'EPSG:4490', encoding: 'utf-8' },
  { file: 'plots-4528.shp.zip', options: GBK_FIELDS, tolerance: GK, format: 'shapefile', crs: 'EPSG:4528', encoding: 'gbk' },
  { file: 'plots-4549.shp.zip', options: GBK_FIELDS, tolerance: GK, format: 'shapefile', crs: 'EPSG:4549', encoding: 'gbk' },
  { file: 'plots-gcj02.shp.zip', options: { ...GBK_FIELDS, crs: 'gcj02' }, tolerance: GCJ, format: 'shapefile', crs: 'gcj02', encoding: 'gbk' },
  { file: 'plots-4326-ldid.shp.zip', options: GBK_FIELDS, tolerance: GK, format: 'shapefile', crs: 'EPSG:4326', encoding: 'gbk' },
  { file: 'plots-4326-nocpg.shp.zip', options: GBK_FIELDS, tolerance: GK, format: 'shapefile', crs: 'EPSG:4326', encoding: 'gb18030' },
  { file: 'loose-4549.shp', options: GBK_FIELDS, tolerance: GK, format: 'shapefile-shp', crs: 'EPSG:4549', encoding: 'gbk' },
  { file: 'plots-4490.gpkg', tolerance: GK, format: 'geopackage', crs: 'EPSG:4490', encoding: 'utf-8' },
  { file: 'plots-4549.gpkg', tolerance: GK, format: 'geopackage', crs: 'EPSG:4549' },
  { file: 'plots-gcj02.gpkg', options: { crs: 'gcj02' }, tolerance: GCJ, format: 'geopackage', crs: 'gcj02' },
  { file: 'two-layers.gpkg', tolerance: GK, format: 'geopackage', crs: 'EPSG:4326' },
  { file: 'plots-4326.fgb', tolerance: GK, format: 'flatgeobuf', crs: 'EPSG:4326' },
  { file: 'plots-4528.fgb', tolerance: GK, format: 'flatgeobuf', crs: 'EPSG:4528' },
  { file: 'plots-4549.fgb', tolerance: GK, format: 'flatgeobuf', crs: 'EPSG:4549' },
  { file: 'plots-gcj02.fgb', options: { crs: 'gcj02' }, tolerance: GCJ, format: 'flatgeobuf', crs: 'gcj02' },
  { file: 'plots-4326-gbk.csv', tolerance: GK, format: 'csv', crs: 'EPSG:4326', encoding: 'gb18030' },
  { file: 'plots-4528.csv', tolerance: GK, format: 'csv', crs: 'EPSG:4528', encoding: 'utf-8' },
  { file: 'plots-4549-gbk.csv', options: { crs: 'EPSG:4549' }, tolerance: GK, format: 'csv', crs: 'EPSG:4549', encoding: 'gb18030' },
  { file: 'plots-gcj02.csv', options: { crs: 'gcj02' }, tolerance: GCJ, format: 'csv', crs: 'gcj02', encoding: 'utf-8' },
];

function expectClose(actual: number[], expected: number[], relative: number, what: string): void {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((a, i) => {
    if (Number.isNaN(expected[i])) expect(a, `${what}[${i}]`).toBeNaN();
    else expect(Math.abs(a - expected[i]), `${what}[${i}] ${a} vs ${expected[i]}`).toBeLessThanOrEqual(relative * Math.abs(expected[i]) + 1e-9);
  });
}

function expectSameAnalysis(actual: AnalysisDigest, expected: AnalysisDigest, tolerance: number): void {
  expect(actual.ids).toEqual(expected.ids);
  expect(actual.subparks).toEqual(expected.subparks);
  expect(actual.flags).toEqual(expected.flags);
  expect(actual.blocks).toEqual(expected.blocks);
  expect(actual.consolidation).toEqual(expected.consolidation);
  expect(actual.issues).toEqual(expected.issues);
  expectClose(actual.areaM2, expected.areaM2, tolerance, 'areaM2');
  expectClose(actual.far, expected.far, tolerance, 'far');
  expectClose(actual.landAreaM2, expected.landAreaM2, 1e-12, 'landAreaM2');
}

describe('the Chinese-named source GeoJSON', () => {
  it('analyses exactly like the same plots named as in the contract', async () => {
    const source = await digestOf(await readFixture('source.geojson'));
    const reference = await digestOf(await readFixture('reference.geojson'));
    expect(source.ids.length).toBe(31);
    expect(source.flags.flat().length).toBeGreaterThan(10);
    expect(source).toEqual(reference);
  });
});

describe('every format and coordinate system GDAL wrote', () => {
  it.each(CASES)('$file analyses like source.geojson', async ({ file, options, tolerance, format, crs, encoding }) => {
    const expected = await digestOf(await readFixture('source.geojson'));
    const read = await readFixture(file, options);
    expect(read.meta.input.format).toBe(format);
    expect(read.meta.input.crs).toBe(crs);
    if (encoding) expect(read.meta.input.encoding).toBe(encoding);
    expect(read.meta.input.unmatchedColumns).toEqual([]);
    expectSameAnalysis(await digestOf(read), expected, tolerance);
    const [w, s, e, n] = read.meta.input.bboxWgs84 ?? [];
    expect(w).toBeCloseTo(121.424945, 4);
    expect(s).toBeCloseTo(31.009817, 4);
    expect(e).toBeCloseTo(121.483423, 4);
    expect(n).toBeCloseTo(31.041331, 4);
  });
});
