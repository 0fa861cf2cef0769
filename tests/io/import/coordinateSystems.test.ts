import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { crsOfWkt, CrsError, defaultLandUseTable, guessCrs, parseCrs, readPlotsWith, ReadError, type ReadPlotsResult } from '../../../src/index.ts';
import { fixtureFiles, readFixture } from './importFixtures.ts';

const bounds = (minX: number, minY: number, maxX: number, maxY: number) => ({ minX, minY, maxX, maxY });

function csv(rows: string[]): Uint8Array {
  return new TextEncoder().encode(['id,subparkId,landUse,wkt', ...rows].join('\r\n'));
}

function readCsv(bytes: Uint8Array, crs?: string): Promise<ReadPlotsResult> {
  return readPlotsWith([{ name: 'plots.csv', bytes }], { landUse: defaultLandUseTable(), crs });
}

/** A 100 m × 100 m square at (lon, lat), as WKT after `convert`. */
function square(lon: number, lat: number, convert: (p: [number, number]) => [number, number]): string {
  const d = 0.001;
  const ring: [number, number][] = [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]];
  return `"POLYGON ((${ring.map((p) => convert(p).join(' ')).join(', ')}))"`;
}

describe('parseCrs (--crs)', () => {
  it.each([
    ['EPSG:4549', 'EPSG:4549'],
    ['epsg:4528', 'EPSG:4528'],
    ['4550', 'EPSG:4550'],
    ['EPSG:4529', 'EPSG:4529'],
    ['EPSG:4490', 'EPSG:4490'],
    ['EPSG:3857', 'EPSG:3857'],
    ['gcj02', 'gcj02'],
    ['GCJ-02', 'gcj02'],
    ['bd09', 'bd09'],
    ['BD-09', 'bd09'],
    ['wgs84', 'EPSG:4326'],
  ])('%s → %s', (spec, label) => {
    expect(parseCrs(spec).label).toBe(label);
  });

  it('takes a proj string (the local Shanghai grid is given this way)', () => {
    const crs = parseCrs('+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs');
    const [lon, lat] = crs.toWgs84?.(500000, 3430000) ?? [];
    expect(lon).toBeCloseTo(120, 9);
    expect(lat).toBeGreaterThan(30.9);
    expect(lat).toBeLessThan(31.1);
  });

  it('refuses unknown codes and words, naming what it accepts', () => {
    expect(() => parseCrs('EPSG:9999')).toThrow(CrsError);
    expect(() => parseCrs('EPSG:9999')).toThrow(/proj string/);
    expect(() => parseCrs('shanghai')).toThrow(/EPSG:4549.*gcj02/);
  });

  it('EPSG:4549 and 4528 are the same zone with and without the zone prefix', () => {
    const [x, y] = [593000, 3452000];
    const [lon, lat] = parseCrs('EPSG:4549').toWgs84?.(x, y) ?? [NaN, NaN];
    const [lon2, lat2] = parseCrs('EPSG:4528').toWgs84?.(x + 40e6, y) ?? [NaN, NaN];
    expect(lon2).toBeCloseTo(lon, 12);
    expect(lat2).toBeCloseTo(lat, 12);
    expect(lon).toBeGreaterThan(120.9);
    expect(lon).toBeLessThan(121.1);
  });
});

describe('crsOfWkt (.prj, GeoPackage, FlatGeobuf)', () => {
  it('reads the ESRI .prj GDAL writes for EPSG:4549', () => {
    const prj = new TextDecoder().decode(fixtureFiles('loose-4549.shp').find((f) => f.name.endsWith('.prj'))?.bytes);
    expect(prj).toContain('CGCS2000_3_Degree_GK_CM_120E');
    expect(crsOfWkt(prj)?.label).toBe('EPSG:4549');
  });

  it('takes the outermost EPSG authority of OGC WKT', () => {
    const wkt = 'PROJCS["CGCS2000 / 3-degree Gauss-Kruger zone 40",GEOGCS["China Geodetic Coordinate System 2000",AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],AUTHORITY["EPSG","4528"]]';
    expect(crsOfWkt(wkt)?.label).toBe('EPSG:4528');
  });
});

describe('guessCrs (no coordinate system in the file)', () => {
  it('reads lon/lat as WGS84, warning that GCJ-02 and BD-09 look the same', () => {
    const guess = guessCrs(bounds(121.4, 31.0, 121.5, 31.1));
    expect(guess.kind).toBe('found');
    if (guess.kind !== 'found') return;
    expect(guess.crs.label).toBe('EPSG:4326');
    expect(guess.warning?.message).toMatch(/gcj02.*bd09/);
  });

  it('reads an 8-digit easting starting 40 or 41 as the zone-prefixed CGCS2000 zone', () => {
    const zone40 = guessCrs(bounds(40_636_000, 3_432_000, 40_642_000, 3_437_000));
    const zone41 = guessCrs(bounds(41_350_000, 3_432_000, 41_360_000, 3_437_000));
    expect(zone40.kind === 'found' && zone40.crs.label).toBe('EPSG:4528');
    expect(zone41.kind === 'found' && zone41.crs.label).toBe('EPSG:4529');
  });

  it('notices northing-first columns of a zone-prefixed file', () => {
    const guess = guessCrs(bounds(3_432_000, 40_636_000, 3_437_000, 40_642_000));
    expect(guess.kind === 'found' && guess.swapAxes).toBe(true);
  });

  it('refuses other projected ranges, naming EPSG:4549 and EPSG:4550', () => {
    const guess = guessCrs(bounds(636_000, 3_432_000, 642_000, 3_437_000));
    expect(guess.kind).toBe('ambiguous');
    if (guess.kind !== 'ambiguous') return;
    expect(guess.candidates).toEqual(['EPSG:4549', 'EPSG:4550']);
    expect(guess.message).toMatch(/EPSG:4549.*EPSG:4550.*--crs/);
  });
});

describe('reading files in each coordinate system', () => {
  it('refuses a projected CSV with no declared system (ReadError unknown-crs, one sentence)', async () => {
    const error = await readFixture('plots-4549-gbk.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).code).toBe('unknown-crs');
    expect((error as ReadError).message).not.toContain('\n');
  });

  it('a proj string reads the same file as EPSG:4549 does', async () => {
    const a = await readFixture('plots-4549-gbk.csv', { crs: 'EPSG:4549' });
    const b = await readFixture('plots-4549-gbk.csv', { crs: '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs' });
    expect(Array.from(b.table.lonLat)).toEqual(Array.from(a.table.lonLat));
  });

  it('a declared system overrides the file: GCJ-02 data labelled WGS84 moves ~500 m back', async () => {
    const asLabelled = await readFixture('plots-gcj02.fgb');
    const declared = await readFixture('plots-gcj02.fgb', { crs: 'gcj02' });
    const source = await readFixture('source.geojson');
    const dLon = (asLabelled.table.lonLat[0] - source.table.lonLat[0]) * 95_000;
    const dLat = (asLabelled.table.lonLat[1] - source.table.lonLat[1]) * 111_000;
    expect(Math.hypot(dLon, dLat)).toBeGreaterThan(300);
    expect(Math.hypot(dLon, dLat)).toBeLessThan(700);
    expect(declared.table.lonLat[0]).toBeCloseTo(source.table.lonLat[0], 5);
    expect(declared.table.lonLat[1]).toBeCloseTo(source.table.lonLat[1], 5);
  });

  it('BD-09 and EPSG:3857 declared on a CSV come back to WGS84', async () => {
    const bd = await readCsv(csv([`A1,zizhu,M1,${square(121.45, 31.02, (p) => gcoord.transform(p, gcoord.WGS84, gcoord.BD09) as [number, number])}`]), 'bd09');
    expect(bd.table.lonLat[0]).toBeCloseTo(121.45, 5);
    expect(bd.table.lonLat[1]).toBeCloseTo(31.02, 5);
    const merc = await readCsv(csv([`A1,zizhu,M1,${square(121.45, 31.02, (p) => gcoord.transform(p, gcoord.WGS84, gcoord.WebMercator) as [number, number])}`]), 'EPSG:3857');
    expect(merc.table.lonLat[0]).toBeCloseTo(121.45, 7);
    expect(merc.table.lonLat[1]).toBeCloseTo(31.02, 7);
  });

  it('northing-first EPSG:4549 coordinates are swapped, with a warning', async () => {
    const projected = await readFixture('plots-4549-gbk.csv', { crs: 'EPSG:4549' });
    const text = new TextDecoder('gbk').decode(fixtureFiles('plots-4549-gbk.csv')[0].bytes);
    const swapped = text.replace(/(\d+\.?\d*) (\d+\.?\d*)/g, '$2 $1');
    const read = await readCsv(new TextEncoder().encode(swapped), 'EPSG:4549');
    expect(read.issues.some((i) => i.code === 'axes-swapped')).toBe(true);
    expect(read.table.lonLat[0]).toBeCloseTo(projected.table.lonLat[0], 9);
    expect(read.table.lonLat[1]).toBeCloseTo(projected.table.lonLat[1], 9);
  });

  it('lon/lat without metadata is read as WGS84 with the GCJ-02 warning in the issues', async () => {
    const read = await readCsv(csv([`A1,zizhu,M1,${square(121.45, 31.02, (p) => p)}`]));
    expect(read.meta.input.crs).toBe('EPSG:4326');
    expect(read.meta.input.crsSource).toBe('detected');
    expect(read.issues.find((i) => i.code === 'crs-assumed-wgs84')?.index).toBe(-1);
  });

  it('GeoJSON takes --crs too (GCJ-02 GeoJSON from a web map)', async () => {
    const gcj = (p: [number, number]) => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const ring = [[121.45, 31.02], [121.451, 31.02], [121.451, 31.021], [121.45, 31.021], [121.45, 31.02]].map((p) => gcj(p as [number, number]));
    const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'A', subparkId: 'zizhu', landUse: 'M1' }, geometry: { type: 'Polygon', coordinates: [ring] } }] });
    const read = await readPlotsWith([{ name: 'a.geojson', bytes: new TextEncoder().encode(geojson) }], { landUse: defaultLandUseTable(), crs: 'gcj02' });
    expect(read.meta.input).toMatchObject({ format: 'geojson', crs: 'gcj02', crsSource: 'declared' });
    expect(read.table.lonLat[0]).toBeCloseTo(121.45, 5);
  });
});
