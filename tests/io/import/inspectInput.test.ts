import { describe, expect, it } from 'vitest';
import { defaultLandUseTable, inspectInput, readPlotsWith } from '../../../src/index.ts';
import { fixtureFiles } from './importFixtures.ts';

describe('inspectInput (the viewer import step)', () => {
  it('a loose .shp picked with its siblings: format, encoding, CRS from the .prj, columns and what stays unmatched', async () => {
    const files = fixtureFiles('loose-4549.shp');
    expect(files.map((f) => f.name).sort()).toEqual(['loose-4549.cpg', 'loose-4549.dbf', 'loose-4549.prj', 'loose-4549.shp', 'loose-4549.shx']);
    const seen = await inspectInput([...files].reverse());
    expect(seen).toMatchObject({ format: 'shapefile-shp', encoding: 'gbk', crs: { label: 'EPSG:4549', source: 'file' }, crsProblem: null, featureCount: 31 });
    expect(seen.columns).toContain('地块编号');
    expect(seen.mapping.fieldMap.id).toBe('地块编号');
    expect(seen.mapping.unmatchedColumns).toEqual(['营业收入(']);
    const [w, s] = seen.bboxWgs84 ?? [];
    expect(w).toBeCloseTo(121.424945, 5);
    expect(s).toBeCloseTo(31.009817, 5);
  });

  it('asks for a CRS when the coordinates are projected and unnamed, then takes the choice', async () => {
    const files = fixtureFiles('plots-4549-gbk.csv');
    const unknown = await inspectInput(files);
    expect(unknown.crs).toBeNull();
    expect(unknown.crsProblem).toMatch(/EPSG:4549.*EPSG:4550/);
    expect(unknown.crsChoices.slice(0, 2)).toEqual(['EPSG:4549', 'EPSG:4550']);
    expect(unknown.bboxWgs84).toBeNull();
    const chosen = await inspectInput(files, { crs: 'EPSG:4549' });
    expect(chosen.crs).toMatchObject({ label: 'EPSG:4549', source: 'declared' });
    expect(chosen.bboxWgs84?.[0]).toBeCloseTo(121.424945, 5);
    expect(chosen.encoding).toBe('gb18030');
  });

  it('lists GeoPackage layers and suggests the first polygon one; a field mapping shows in the suggestion', async () => {
    const seen = await inspectInput(fixtureFiles('two-layers.gpkg'), { fields: { name: '企业名称' } });
    expect(seen.layers).toEqual(['centres', 'plots']);
    expect(seen.layer).toBe('plots');
    expect(seen.mapping.fieldMap.name).toBe('企业名称');
    expect(seen.mapping.fieldMap.enterprise).toBeUndefined();
  });

  it('GeoJSON: WGS84 by its standard, Chinese columns recognised; inspecting does not touch the bytes a read then uses', async () => {
    const files = fixtureFiles('source.geojson');
    const seen = await inspectInput(files);
    expect(seen).toMatchObject({ format: 'geojson', crs: { label: 'EPSG:4326', source: 'standard' }, featureCount: 31 });
    expect(seen.mapping.fieldMap['evaluations.2024']).toBe('评价2024');
    const gcj = await inspectInput(fixtureFiles('plots-gcj02.fgb'), { crs: 'gcj02' });
    expect(gcj.bboxWgs84?.[0]).toBeCloseTo(121.424945, 4);
    const read = await readPlotsWith(fixtureFiles('plots-gcj02.fgb'), { landUse: defaultLandUseTable(), crs: 'gcj02' });
    expect(read.meta.input.bboxWgs84?.[0]).toBeCloseTo(gcj.bboxWgs84?.[0] ?? NaN, 9);
  });
});
