import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLandUseTable } from '../../src/landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../../src/validate/plotTableBuilder.ts';
import { FeatureByteParser } from '../../src/io/featureByteParser.ts';
import { FlatGeometry } from '../../src/validate/flatGeometry.ts';
import { readPlots } from '../../src/io/readPlots.ts';
import { chunksOfBytes } from '../../src/io/chunks.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';
import { squareRing, validFeature } from '../validate/plotFixtures.ts';

/**
 * The byte-level reader must change nothing but speed: a feature it takes must validate into the
 * same table rows and the same issues as JSON.parse of the same bytes, and it must never take
 * bytes JSON.parse refuses.
 */
const landUse = defaultLandUseTable();
const encoder = new TextEncoder();

/** Table and issues of one builder fed `features`, as a string that compares every column. */
function built(features: unknown[]): string {
  const builder = createPlotTableBuilder(landUse);
  features.forEach((f, i) => builder.add(f, i));
  const { table, issues } = builder.finish();
  return JSON.stringify({ issues, table }, (_key, value: unknown) =>
    ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>, (x) => (Object.is(x, -0) ? '-0' : x)) : value,
  );
}

/** Whether the parser took `text`, after checking it agrees with JSON.parse on it. */
function expectSameAsJsonParse(parser: FeatureByteParser, text: string): boolean {
  const fast = parser.parse(encoder.encode(text));
  let reference: unknown;
  try {
    reference = JSON.parse(text);
  } catch {
    expect(fast, `taken although JSON.parse refuses: ${text.slice(0, 300)}`).toBeUndefined();
    return false;
  }
  if (fast === undefined) return false;
  expect(built([fast]), text.slice(0, 300)).toBe(built([reference]));
  return true;
}

describe('FeatureByteParser', () => {
  it('reads Polygon and MultiPolygon features into a FlatGeometry, the rest as JSON.parse does', () => {
    const parser = new FeatureByteParser();
    const text =
      '{ "type" : "Feature", "id": 7, "geometry" : { "coordinates" : [ [ [121.6, 31.19, 4.5], [121.601, 31.19], [121.601,31.191],[121.6,31.191],[121.6,31.19] ] ], "type": "Polygon" },\n' +
      ' "properties": {"id": "P1", "nested": {"geometry": {"type": "Point"}}, "name": "张江 \\"x\\""} }';
    const f = parser.parse(encoder.encode(text)) as { id: number; properties: Record<string, unknown>; geometry: FlatGeometry };
    expect(f.geometry).toBeInstanceOf(FlatGeometry);
    expect(f.geometry.type).toBe('Polygon');
    expect(Array.from(f.geometry.xy)).toEqual([121.6, 31.19, 121.601, 31.19, 121.601, 31.191, 121.6, 31.191, 121.6, 31.19]);
    expect(f.properties).toEqual({ id: 'P1', nested: { geometry: { type: 'Point' } }, name: '张江 "x"' });
    expect(f.id).toBe(7);
    // It still reads as GeoJSON (altitude dropped, which validation ignores anyway).
    expect(JSON.parse(JSON.stringify(f.geometry))).toEqual({ type: 'Polygon', coordinates: [[[121.6, 31.19], [121.601, 31.19], [121.601, 31.191], [121.6, 31.191], [121.6, 31.19]]] });
    expect(f.geometry.materialized).toBe(false);

    const multi = validFeature('M1');
    multi.geometry = { type: 'MultiPolygon', coordinates: [[squareRing(121.6, 31.19, 0.01), squareRing(121.603, 31.193, 0.002).reverse()], [squareRing(121.62, 31.19)]] };
    const m = parser.parse(encoder.encode(JSON.stringify(multi))) as { geometry: FlatGeometry };
    expect(m.geometry.type).toBe('MultiPolygon');
    expect(m.geometry.polygonRings).toEqual([2, 1]);
    expect(m.geometry.ringPositions).toEqual([5, 5, 5]);
    expect(m.geometry.coordinates).toEqual((multi.geometry as { coordinates: unknown }).coordinates);
    expect(m.geometry.materialized).toBe(true);
  });

  it('leaves to JSON.parse what it is not sure of', () => {
    const parser = new FeatureByteParser();
    const ring = JSON.stringify([squareRing(121.6, 31.19)]);
    const cases = [
      `{"type":"Feature","properties":{},"geometry":null}`,
      `{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[121.6,31.19]}}`,
      `{"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":${ring}}}`,
      `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[]]}}`,
      `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[121.6]]]}}`,
      `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[["121.6",31.19]]]}}`,
      `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","bbox":[1,2,3,4],"coordinates":${ring}}}`,
      `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${ring}},"geometry":null}`,
      `{"type":"Feature","geometry":{"type":"Polygon","coordinates":${ring}},"properties":{},"geo\\u006detry":null}`,
      `{"type":"Feature","properties":{},"geometry":{"type":"Polyg\\u006fn","coordinates":${ring}}}`,
      `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[01.5,31.19]]]}}`,
      `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${ring}}`,
      `{"type":"Feature","properties":{,"geometry":{"type":"Polygon","coordinates":${ring}}}`,
    ];
    for (const text of cases) {
      expect(parser.parse(encoder.encode(text)), text).toBeUndefined();
      expectSameAsJsonParse(parser, text);
    }
    // A repeated or escaped "geometry" key before a trailing geometry: JSON.parse keeps the last,
    // which is the one read from bytes, so the byte path may take it.
    for (const text of [
      `{"type":"Feature","properties":{},"geo\\u006detry":null,"geometry":{"type":"Polygon","coordinates":${ring}}}`,
      `{"type":"Feature","properties":{},"geometry":7,"geometry":{"type":"Polygon","coordinates":${ring}}}`,
    ]) {
      expect(expectSameAsJsonParse(parser, text), text).toBe(true);
    }
  });

  it('parses every number to the double JSON.parse gives', () => {
    const parser = new FeatureByteParser();
    const rand = mulberry32(11);
    const texts: string[] = ['0', '-0', '0.0', '1e400', '-1e400', '1e-400', '5e-324', '1.7976931348623157e308', '9007199254740993', '0.30000000000000004'];
    for (let k = 0; k < 20_000; k++) {
      const x = (rand() - 0.5) * 10 ** Math.floor(rand() * 40 - 20);
      const digits = Array.from({ length: 1 + Math.floor(rand() * 24) }, () => Math.floor(rand() * 10)).join('');
      const pick = k % 6;
      if (pick === 0) texts.push(String(x));
      else if (pick === 1) texts.push(x.toExponential(Math.floor(rand() * 20)));
      else if (pick === 2) texts.push(x.toFixed(Math.floor(rand() * 20)));
      else if (pick === 3) texts.push(`${rand() < 0.5 ? '-' : ''}${digits.replace(/^0+(?=\d)/, '')}.${digits}`);
      else if (pick === 4) texts.push(`${digits.replace(/^0+(?=\d)/, '')}E${rand() < 0.5 ? '-' : '+'}${Math.floor(rand() * 330)}`);
      else texts.push((121 + rand()).toFixed(Math.floor(rand() * 17)));
    }
    for (let k = 0; k < texts.length; k += 2) {
      const a = texts[k];
      const b = texts[k + 1] ?? '0';
      const text = `{"geometry":{"type":"Polygon","coordinates":[[[${a},${b}],[${b},${a}]]]}}`;
      const f = parser.parse(encoder.encode(text)) as { geometry: FlatGeometry };
      const want = (JSON.parse(text) as { geometry: { coordinates: number[][][] } }).geometry.coordinates[0].flat();
      const got = Array.from(f.geometry.xy);
      for (let i = 0; i < 4; i++) if (!Object.is(got[i], want[i])) expect.fail(`${text}: ${got[i]} ≠ ${want[i]}`);
    }
  });

  it('agrees with JSON.parse + validation on thousands of damaged features', () => {
    const parser = new FeatureByteParser();
    const rand = mulberry32(5);
    const pieces = ['[', ']', '{', '}', ',', ':', '"', '\\', '-', '+', '.', 'e', 'E', '0', '9', ' ', '\n', 'null', '1e999', '"x"', '[]', '\u00e9', '张'];
    let taken = 0;
    let total = 0;
    for (let k = 0; k < 4000; k++) {
      const lon = 121.2 + rand() * 0.6;
      const lat = 30.9 + rand() * 0.5;
      const f = validFeature(`F${k}`, lon, lat);
      const kind = rand();
      if (kind < 0.25) f.geometry = { type: 'MultiPolygon', coordinates: [[squareRing(lon, lat, 0.01), squareRing(lon + 0.003, lat + 0.003, 0.002)], [squareRing(lon + 0.02, lat)]] };
      else if (kind < 0.35) f.geometry = { coordinates: [squareRing(lon, lat).reverse().map(([x, y]) => [x, y, 3])], type: 'Polygon' };
      else if (kind < 0.45) f.geometry = { type: 'Polygon', coordinates: [[[lon, lat], [lon, lat], [lon + 0.001, lat], [lon, lat + 0.001]]] };
      let text = rand() < 0.3 ? JSON.stringify(f, null, rand() < 0.5 ? 2 : '\t') : JSON.stringify(f);
      const changes = Math.floor(rand() * 3);
      for (let c = 0; c < changes; c++) {
        const at = Math.floor(rand() * text.length);
        const op = rand();
        const piece = pieces[Math.floor(rand() * pieces.length)];
        if (op < 0.4) text = text.slice(0, at) + piece + text.slice(at + 1);
        else if (op < 0.7) text = text.slice(0, at) + piece + text.slice(at);
        else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 3));
      }
      total++;
      if (expectSameAsJsonParse(parser, text)) taken++;
    }
    // Not vacuous: most features (all the undamaged ones and many damaged ones) take the byte path.
    expect(taken).toBeGreaterThan(total * 0.3);
  });

  it('gives the bad-input corpus exactly the table and issues of JSON.parse + validation', async () => {
    const dir = join(import.meta.dirname, '../fixtures/bad-input');
    const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      const read = await readPlots(chunksOfBytes(bytes, 97), { landUse, fileName: file });
      const reference = createPlotTableBuilder(landUse);
      (JSON.parse(new TextDecoder().decode(bytes)) as { features: unknown[] }).features.forEach((f, i) => reference.add(f, i));
      const want = reference.finish();
      expect(JSON.stringify(read.issues), file).toBe(JSON.stringify(want.issues));
      expect(read.table.ids, file).toEqual(want.table.ids);
      expect(Array.from(read.table.lonLat), file).toEqual(Array.from(want.table.lonLat));
      expect(Array.from(read.table.ringOffsets), file).toEqual(Array.from(want.table.ringOffsets));
    }
  });
});
