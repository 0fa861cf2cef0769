import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../src/io/readError.ts';
import { readAll, utf8 } from './readAll.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url)));

const PRETTY = fixture('zizhu-small.geojson');
const IDS = ['ZZ-001', 'ZZ-002', 'ZZ-003', 'ZZ-004', 'ZZ-005', 'ZZ-006, "东区"', '=ZZ-007'];

function idsOf(features: { value: unknown }[]): string[] {
  return features.map((f) => (f.value as { properties: { id: string } }).properties.id);
}

function readError(run: () => unknown): ReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('expected a ReadError');
}

describe('GeoJsonReader on whole files', () => {
  it('reads a pretty-printed FeatureCollection with its foreign members', () => {
    const { features, issues, summary } = readAll(PRETTY);
    expect(idsOf(features)).toEqual(IDS);
    expect(features.map((f) => f.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(issues).toEqual([]);
    expect(summary.layout).toBe('feature-collection');
    expect(summary.members).toMatchObject({ type: 'FeatureCollection', name: 'zizhu-small', parktwin: { asOf: '2026-06-30' } });
    expect(summary.members.crs).toBeDefined();
    expect(summary.members).not.toHaveProperty('features');
    expect(summary.byteCount).toBe(PRETTY.length);
  });

  it('reads the same plots from NDJSON and from a GeoJSON text sequence', () => {
    for (const name of ['zizhu-small.ndjson', 'zizhu-small.geojsons']) {
      const auto = readAll(fixture(name));
      expect(idsOf(auto.features)).toEqual(IDS);
      expect(auto.summary.layout).toBe('sequence');
      const forced = readAll(fixture(name), [], { sequence: true });
      expect(idsOf(forced.features)).toEqual(IDS);
    }
  });

  it('reads a single Feature', () => {
    const { features, summary } = readAll(fixture('single-feature.geojson'));
    expect(idsOf(features)).toEqual(['ZZ-001']);
    expect(features[0].index).toBe(0);
    expect(summary.layout).toBe('feature');
  });

  it('reads an empty FeatureCollection as no features', () => {
    const { features, issues, summary } = readAll(fixture('empty-collection.geojson'));
    expect(features).toEqual([]);
    expect(issues).toEqual([]);
    expect(summary.featureCount).toBe(0);
  });

  it('skips a UTF-8 BOM and reports a malformed feature in the middle, keeping the rest', () => {
    const bytes = fixture('malformed-middle.geojson');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { features, issues } = readAll(bytes);
    expect(idsOf(features)).toEqual(['ZZ-001', 'ZZ-002', 'ZZ-004']);
    expect(features.map((f) => f.index)).toEqual([0, 1, 3]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ index: 2, id: 'ZZ-003', severity: 'error', code: 'malformed-json', field: null });
    expect(issues[0].message).toMatch(/^Feature 2 \(id "ZZ-003"\), starting at byte \d+ of the file, is not valid JSON: .+ at character \d+ of the feature\.$/);
  });

  it('reports malformed lines of NDJSON and goes on', () => {
    const text = '{"type":"Feature","properties":{"id":"a"}}\n{"type":"Feature","properties":{"id":"b"\n\n{"type":"Feature","properties":{"id":"c"}}\n';
    const { features, issues } = readAll(utf8(text));
    expect(idsOf(features)).toEqual(['a', 'c']);
    expect(features.map((f) => f.index)).toEqual([0, 2]);
    expect(issues.map((i) => [i.index, i.code])).toEqual([[1, 'malformed-json']]);
  });

  it('isolates features with bad values, missing quotes or non-object elements in a compact collection', () => {
    const text =
      '{"type":"FeatureCollection","features":[{"properties":{"id":"a"}},{"properties":{"id":"b",}},' +
      '{"properties":{"id":"c"}},7,{"properties":{"id":NaN}},{"properties":{"id":"d"}}]}';
    const { features, issues } = readAll(utf8(text));
    expect(features.map((f) => f.index)).toEqual([0, 2, 3, 5]);
    expect(features[2].value).toBe(7);
    expect(issues.map((i) => i.index)).toEqual([1, 4]);
  });

  it('resynchronises after an unterminated string in a pretty-printed collection', () => {
    const text = '{"type":"FeatureCollection","features":[\n{"properties":{"id":"a}},\n{"properties":{"id":"b"}}\n]}';
    const { features, issues } = readAll(utf8(text));
    expect(idsOf(features)).toEqual(['b']);
    expect(issues.map((i) => [i.index, i.code])).toEqual([[0, 'malformed-json']]);
  });

  it('resynchronises at the next feature line of an indented collection, also for the last feature', () => {
    const text = [
      '{',
      '  "type": "FeatureCollection",',
      '  "features": [',
      '    {',
      '      "properties": { "id": "a", "evaluations": [',
      '        { "year": 2025, "pass": true }',
      '      ] }',
      '    },',
      '    {',
      '      "properties": { "id": "b, "name": "x" }',
      '    },',
      '    {',
      '      "properties": { "id": "c" }',
      '    },',
      '    {',
      '      "properties": { "id": "d }',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    const { features, issues } = readAll(utf8(text));
    expect(idsOf(features)).toEqual(['a', 'c']);
    expect(issues.map((i) => [i.index, i.code])).toEqual([
      [1, 'malformed-json'],
      [3, 'malformed-json'],
    ]);
  });

  it('splits several features on one line and features that span lines (the line fast path steps aside)', () => {
    const text = '{"features":[\n{"properties":{"id":"a"}},{"properties":{"id":"b"}},\n{"properties":\n{"id":"c"}},\n{"properties":{"id":"d"}}\n]}';
    const { features, issues } = readAll(utf8(text));
    expect(idsOf(features)).toEqual(['a', 'b', 'c', 'd']);
    expect(features.map((f) => f.index)).toEqual([0, 1, 2, 3]);
    expect(issues).toEqual([]);
  });

  it('counts a malformed line once even though the line fast path tried it first', () => {
    const text = '{"features":[\n{"properties":{"id":"a"}},\n{"properties":{"id":"b",}},\n{"properties":{"id":"c"}}\n]}';
    const { features, issues } = readAll(utf8(text));
    expect(features.map((f) => f.index)).toEqual([0, 2]);
    expect(issues.map((i) => i.index)).toEqual([1]);
  });

  it('reports a feature that is not UTF-8 and goes on', () => {
    const head = utf8('{"type":"FeatureCollection","features":[\n{"properties":{"id":"');
    const gbk = new Uint8Array([0xd5, 0xc5, 0xbd, 0xad]); // 张江 in GBK
    const tail = utf8('"}},\n{"properties":{"id":"ok"}}\n]}');
    const bytes = new Uint8Array([...head, ...gbk, ...tail]);
    const { features, issues } = readAll(bytes);
    expect(idsOf(features)).toEqual(['ok']);
    expect(issues[0]).toMatchObject({ index: 0, code: 'invalid-encoding' });
  });

  it('warns about content after the collection closes', () => {
    const { features, issues } = readAll(utf8('{"type":"FeatureCollection","features":[]}\ngarbage'));
    expect(features).toEqual([]);
    expect(issues.map((i) => [i.index, i.severity, i.code])).toEqual([[-1, 'warning', 'trailing-content']]);
  });
});

describe('GeoJsonReader on input that is not GeoJSON', () => {
  const cases: [string, Uint8Array, string][] = [
    ['an empty file', new Uint8Array(0), 'empty'],
    ['whitespace', utf8('  \n\t'), 'empty'],
    ['a truncated file', fixture('truncated.geojson'), 'truncated'],
    ['a file cut inside the features array', utf8('{"type":"FeatureCollection","features":[{"a":1},'), 'truncated'],
    ['a file cut before the collection closes', utf8('{"type":"FeatureCollection","features":[{"a":1}]'), 'truncated'],
    ['an HTML page', fixture('not-geojson.html'), 'html'],
    ['a JSON object without features', fixture('object-without-features.json'), 'not-geojson'],
    ['a FeatureCollection whose features is not an array', utf8('{"type":"FeatureCollection","features":{}}'), 'not-geojson'],
    ['a bare geometry', utf8('{"type":"Polygon","coordinates":[]}'), 'not-geojson'],
    ['a JSON array', utf8('[{"type":"Feature"}]'), 'not-geojson'],
    ['invalid JSON', utf8('{"type": Feature}'), 'not-json'],
    ['CSV text', utf8('id,subparkId\n1,zizhu\n'), 'not-json'],
    ['binary data', new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x80, 0x90, 0xff, 0x00]), 'binary'],
    ['a ZIP archive', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'unsupported-format'],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), 'encoding'],
    ['pretty objects one after another', utf8('{\n"type":"Feature"\n}\n{\n"type":"Feature"\n}'), 'not-geojson'],
  ];
  for (const [what, bytes, code] of cases) {
    it(`throws a ReadError (${code}) for ${what}`, () => {
      const error = readError(() => readAll(bytes));
      expect(error.code).toBe(code);
      expect(error.message).not.toMatch(/\n/);
      expect(error.message.length).toBeLessThan(200);
    });
  }
});
