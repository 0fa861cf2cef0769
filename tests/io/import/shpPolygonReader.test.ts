import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShp } from 'shpjs';
import { shapefilesInZip } from '../../../src/io/import/shapefileDecoder.ts';
import { polygonGeometriesOfShp as flatGeometriesOfShp } from '../../../src/io/import/shpPolygonReader.ts';

/** Our reader's geometries as the GeoJSON the import sink makes of them without a conversion. */
function polygonGeometriesOfShp(shp: Uint8Array): unknown[] | null {
  return flatGeometriesOfShp(shp)?.map((g) => g && g.toGeoJson()) ?? null;
}

const DIR = 'tests/fixtures/import';

/** shpjs's geometries as the decoder used them: GeoJSON winding, no bbox. */
function shpjsGeometries(shp: Uint8Array): unknown[] {
  return (parseShp(shp) as ({ type: string; coordinates: unknown; bbox?: unknown } | null)[]).map((g) => {
    if (!g) return g;
    delete g.bbox;
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
    for (const p of polygons) for (const r of p) r.reverse();
    return g;
  });
}

const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(`${DIR}/${name}`));

describe('polygonGeometriesOfShp', () => {
  // holes-multi*: a polygon with two holes, a multipolygon with a hole, a null shape, a triangle
  // (written by ogr2ogr; -z as PolygonZ, -m as PolygonM, -reversed with every ring's points turned).
  it.each(['holes-multi.shp', 'holes-multi-z.shp', 'holes-multi-m.shp', 'holes-multi-reversed.shp', 'loose-4549.shp'])('reads %s as shpjs did', (name) => {
    const shp = bytesOf(name);
    expect(polygonGeometriesOfShp(shp)).toEqual(shpjsGeometries(shp));
  });

  it('reads the zipped fixtures as shpjs did', async () => {
    for (const zip of ['plots-4549.shp.zip', 'two-layers.shp.zip', 'plots-gcj02.shp.zip']) {
      for (const part of await shapefilesInZip(bytesOf(zip))) expect(polygonGeometriesOfShp(part.shp as Uint8Array)).toEqual(shpjsGeometries(part.shp as Uint8Array));
    }
  });

  it('keeps holes in their polygon, in GeoJSON winding (outer counter-clockwise)', () => {
    const [withHoles, multi, none] = polygonGeometriesOfShp(bytesOf('holes-multi.shp')) as { type: string; coordinates: number[][][] }[];
    expect(withHoles.type).toBe('Polygon');
    expect(withHoles.coordinates).toHaveLength(3);
    expect(multi.type).toBe('MultiPolygon');
    expect(none).toBeNull();
    const outer = withHoles.coordinates[0];
    let twiceArea = 0;
    for (let i = 1; i < outer.length; i++) twiceArea += outer[i - 1][0] * outer[i][1] - outer[i][0] * outer[i - 1][1];
    expect(twiceArea).toBeGreaterThan(0);
  });

  it('leaves other shape types to shpjs and throws on a record shorter than its points', () => {
    const point = bytesOf('holes-multi.shp').slice();
    new DataView(point.buffer).setInt32(32, 1, true);
    expect(polygonGeometriesOfShp(point)).toBeNull();
    const cut = bytesOf('holes-multi.shp').slice();
    new DataView(cut.buffer).setInt32(100 + 8 + 36, 1000, true);
    expect(() => polygonGeometriesOfShp(cut)).toThrow(RangeError);
  });
});

describe('unzipping', () => {
  it('gives the same files as fflate, stored or deflated, with non-ASCII names', async () => {
    const { zipSync, unzipSync } = await import('fflate');
    const { unzipEntries } = await import('../../../src/io/import/zipEntries.ts');
    const big = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const archive = zipSync({ '地块/plots.dbf': [big, { level: 6 }], 'a/plots.prj': [new TextEncoder().encode('PROJCS'), { level: 0 }], 'skip.txt': new Uint8Array(3) });
    const keep = (name: string) => !name.endsWith('.txt');
    expect(await unzipEntries(archive, keep)).toEqual(unzipSync(archive, { filter: (f) => keep(f.name) }));
    for (const zip of ['plots-4549.shp.zip', 'two-layers.shp.zip']) {
      const bytes = bytesOf(zip);
      expect(await unzipEntries(bytes, () => true)).toEqual(unzipSync(bytes));
    }
  });
});
