import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAll, utf8 } from './readAll.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url)));

/** The reader's output must not depend on where the input is cut into chunks. */
function expectSameAtEveryCut(bytes: Uint8Array, options: { sequence?: boolean } = {}): void {
  const whole = JSON.stringify(readAll(bytes, [], options));
  for (let cut = 0; cut <= bytes.length; cut++) {
    const split = JSON.stringify(readAll(bytes, [cut], options));
    if (split !== whole) expect.fail(`output differs when cut at byte ${cut}`);
  }
}

describe('GeoJsonReader across chunk boundaries', () => {
  // Chinese characters (3 bytes each), escapes (\" \\ \n \u4e2d) and a BOM, so that some cuts fall
  // inside a multi-byte character, between a backslash and what it escapes, and inside the BOM.
  const tricky =
    '\uFEFF{"type":"FeatureCollection","parktwin":{"note":"张江 \\"一区\\""},"features":[\n' +
    '  {"type":"Feature","properties":{"id":"张江-1","name":"a\\\\b\\"c\\n\\u4e2d"},"geometry":null},\n' +
    '  {"type":"Feature","properties":{"id":"bad" "x":1}},\n' +
    '  {"type":"Feature","properties":{"id":"紫竹-2","tags":["[", "]", "{", "}"]},"geometry":null}\n' +
    '],"tail":"尾"}\n';

  it('gives the same features, issues and members for a cut at every byte (pretty collection)', () => {
    const bytes = utf8(tricky);
    const { features, issues, summary } = readAll(bytes);
    expect(features.map((f) => (f.value as { properties: { id: string } }).properties.id)).toEqual(['张江-1', '紫竹-2']);
    expect((features[0].value as { properties: { name: string } }).properties.name).toBe('a\\b"c\n中');
    expect(issues.map((i) => i.index)).toEqual([1]);
    expect(summary.members).toMatchObject({ parktwin: { note: '张江 "一区"' }, tail: '尾' });
    expectSameAtEveryCut(bytes);
  });

  it('gives the same result for a cut at every byte of the fixtures', () => {
    for (const name of ['zizhu-small.geojson', 'malformed-middle.geojson', 'single-feature.geojson', 'empty-collection.geojson']) {
      expectSameAtEveryCut(fixture(name));
    }
    expectSameAtEveryCut(fixture('zizhu-small.ndjson'));
    expectSameAtEveryCut(fixture('zizhu-small.geojsons'), { sequence: true });
  });

  it('gives the same result at every cut when a broken string forces resynchronisation', () => {
    const bytes = utf8('{"features":[\n  {"properties":{"id":"a"}},\n  {"properties":{"id":"b}},\n  {"properties":{"id":"c\\"d"}}\n]}');
    const { features, issues } = readAll(bytes);
    expect(features.map((f) => f.index)).toEqual([0, 2]);
    expect(issues.map((i) => i.index)).toEqual([1]);
    expectSameAtEveryCut(bytes);
  });

  it('gives the same result with every pair of cuts on a small input', () => {
    const bytes = utf8('{"features":[{"a":"中\\"文"},\n{"b":[1,{"c":"]"}]}]}');
    const whole = JSON.stringify(readAll(bytes));
    for (let a = 0; a <= bytes.length; a++) {
      for (let b = a; b <= bytes.length; b++) {
        if (JSON.stringify(readAll(bytes, [a, b])) !== whole) expect.fail(`differs when cut at ${a} and ${b}`);
      }
    }
  });

  it('reads one-byte chunks', () => {
    const bytes = fixture('zizhu-small.geojson');
    const cuts = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
    expect(JSON.stringify(readAll(bytes, cuts))).toBe(JSON.stringify(readAll(bytes)));
  });
});
