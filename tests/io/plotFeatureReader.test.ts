import { describe, expect, it } from 'vitest';
import { defaultLandUseTable } from '../../src/landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../../src/validate/plotTableBuilder.ts';
import { PlotFeatureReader, type PropertyNamePolicy } from '../../src/io/plotFeatureReader.ts';
import { FeatureDecoder } from '../../src/io/featureDecoder.ts';
import { builderSink } from '../../src/io/featureSink.ts';
import { readPlots } from '../../src/io/readPlots.ts';
import { chunksOfBytes } from '../../src/io/chunks.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';
import { featureJson, syntheticFeatures } from '../../scripts/synthetic/syntheticFeatures.ts';
import { squareRing, validFeature } from '../validate/plotFixtures.ts';

/**
 * Reading a plot's properties from bytes must change nothing but speed: what the reader takes
 * validates into the same rows and issues (codes, order, messages, feature indexes) as JSON.parse
 * + validation of the same bytes; what it is not sure of it leaves to JSON.parse; and it never
 * takes bytes JSON.parse refuses.
 */
const landUse = defaultLandUseTable();
const encoder = new TextEncoder();
const everyName: PropertyNamePolicy = { passesUnchanged: () => true };

/** Table and issues of a builder, as a string that compares every column. */
function tableText(builder: ReturnType<typeof createPlotTableBuilder>): string {
  const { table, issues } = builder.finish();
  return JSON.stringify({ issues, table }, (_key, value: unknown) =>
    ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>, (x) => (Object.is(x, -0) ? '-0' : x)) : value,
  );
}

/**
 * Reads `texts` as the decoder does (bytes first) and as JSON.parse + add, and expects the same
 * table and issues; texts JSON.parse refuses must not be taken. Returns how many the reader took.
 */
function expectSameAsJsonParse(texts: string[]): number {
  const reader = new PlotFeatureReader();
  const fast = createPlotTableBuilder(landUse);
  const decoder = new FeatureDecoder(builderSink(fast));
  const reference = createPlotTableBuilder(landUse);
  let taken = 0;
  texts.forEach((text, i) => {
    const bytes = encoder.encode(text);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      expect(reader.read(bytes, everyName), `taken although JSON.parse refuses: ${text.slice(0, 300)}`).toBeUndefined();
      return;
    }
    if (reader.read(bytes, everyName) !== undefined) taken++;
    decoder.emitAt(bytes, i, 0);
    reference.add(parsed, i);
  });
  expect(tableText(fast)).toBe(tableText(reference));
  return taken;
}

const ring = JSON.stringify([squareRing(121.6, 31.19)]);
const feature = (properties: string, rest = '') =>
  `{"type":"Feature","properties":${properties},"geometry":{"type":"Polygon","coordinates":${ring}}${rest}}`;

describe('PlotFeatureReader', () => {
  it('takes ordinary plots, whatever their layout, and reads them as JSON.parse does', () => {
    const full = validFeature('A1');
    const texts = [
      JSON.stringify(full),
      JSON.stringify(validFeature('A2'), null, 2),
      JSON.stringify({ geometry: full.geometry, properties: { ...(full.properties as object), id: 'A3' }, type: 'Feature' }, null, '\t'),
      feature('{"id":"A4","subparkId":null,"landUse":"M1"}', ',"id":7,"bbox":[121.6,31.19,121.601,31.191]'),
      feature('{"id":"A5","subparkId":"","landUse":"0802","name":"张江 \\"x\\" \\u00e9 😀","enterprise":"\\ufeff公司"}'),
      feature('{"id":"A6","subparkId":"jinqiao","landUse":"C65","name":"\ufeff前导","extra":{"a":[1,2,{"b":null}],"c":"张"},"subpark_id":"x"}'),
      feature('{"id":"A7","subparkId":"jinqiao","landUse":"C65","evaluations":[],"rectification":"effective","landStatus":"approved-unsupplied"}'),
      feature('{"id":"A8","subparkId":"jinqiao","landUse":"C65","evaluations":[{"year":2024,"pass":true},{"score":null,"pass":false,"year":2022},{"year":2024,"pass":false,"score":-0}]}'),
      feature('{"id":"A9","subparkId":"jinqiao","landUse":"C65","agreedStartDate":"2024-02-29","actualStartDate":"2023-02-29","suspendedSince":"2023-01-01T00:00:00Z"}'),
      feature('{"id":"A10","subparkId":"jinqiao","landUse":"C65","landAreaM2":0,"gfaAboveM2":-0,"gfaOtherM2":1e999,"vacancyRate":1.5,"developedShare":"0.5","heightM":1E2,"employees":-3}'),
      `{"properties":{"id":"A11","subparkId":"zizhu","landUse":"M1"},"geometry":{"type":"MultiPolygon","coordinates":[${ring}]}}`,
      feature('{"id":"A12","subparkId":"zizhu","landUse":"M1"}', ',"id":"F12"'),
      feature('{"subparkId":"zizhu","landUse":"M1"}', ',"id":"F13"'),
      feature('{"subparkId":"zizhu","landUse":"M1"}', ',"id":14.5'),
      feature('{"subparkId":"zizhu","landUse":"M1"}', ',"id":true'),
      feature('{"id":15,"subparkId":16,"landUse":802,"name":17,"enterprise":false,"landStatus":"x","rectification":true}'),
      feature('{"id":"A16","subparkId":"  ","landUse":"  ","name":null,"enterprise":null,"__proto__":1,"LandUse":"M1"}'),
      feature('{}'),
      feature('{"id":"A17","evaluations":"合格","agreedStartDate":20240101,"actualStartDate":"2024-13-01","suspendedSince":true}'),
    ];
    expect(expectSameAsJsonParse(texts)).toBe(texts.length);
  });

  it('takes every synthetic benchmark plot, compact or pretty (the speed depends on it), with the same result', () => {
    for (const pretty of [false, true]) {
      const texts = [...syntheticFeatures(1_000, 5)].map((f) => featureJson(f, pretty));
      expect(expectSameAsJsonParse(texts)).toBe(texts.length);
    }
  });

  it('leaves to JSON.parse what it is not sure of', () => {
    const reader = new PlotFeatureReader();
    const cases = [
      feature('{"id":"B1","id":"B2"}'),
      feature('{"id":"B1","x":1,"x":2}'),
      feature('{"id":"B1","2024":"pass"}'),
      feature('{"i\\u0064":"B1"}'),
      feature('{"id":"B1","gfaAboveM2":{"value":1}}'),
      feature('{"id":"B1","name":["a"]}'),
      feature('{"id":"B1","evaluations":[{"year":2024.5,"pass":true}]}'),
      feature('{"id":"B1","evaluations":[{"year":1800,"pass":true}]}'),
      feature('{"id":"B1","evaluations":[{"year":2024,"pass":1}]}'),
      feature('{"id":"B1","evaluations":[{"year":2024,"pass":true,"score":1e39}]}'),
      feature('{"id":"B1","evaluations":[{"year":2024,"pass":true,"note":"x"}]}'),
      feature('{"id":"B1","evaluations":[{"year":2024,"pass":true},null]}'),
      feature('{"id":"B1"}', ',"type":"Feature"'),
      feature('{"id":"B1"}', ',"properties":{}'),
      `{"type":"feature","properties":{"id":"B1"},"geometry":{"type":"Polygon","coordinates":${ring}}}`,
      `{"type":"Feature","properties":null,"geometry":{"type":"Polygon","coordinates":${ring}}}`,
      `{"type":"Feature","properties":{"id":"B1"},"geometry":null}`,
      `{"type":"Feature","properties":{"id":"B1"}}`,
      `{"type":"Feature","properties":{"id":"B1"},"geometry":{"type":"Point","coordinates":[121.6,31.19]}}`,
      feature('{"id":"B1"}', ',"id":{"a":1}'),
    ];
    for (const text of cases) expect(reader.read(encoder.encode(text), everyName), text).toBeUndefined();
    expectSameAsJsonParse(cases);
  });

  it('never takes bytes JSON.parse or UTF-8 refuses', () => {
    const reader = new PlotFeatureReader();
    const good = encoder.encode(feature('{"id":"C1","name":"张江","x":"张"}'));
    expect(reader.read(good, everyName)).toBeDefined();
    const texts = [
      feature('{"id":"C1","name":"a\tb"}'),
      feature('{"id":"C1","name":"a\\qb"}'),
      feature('{"id":"C1","x":"a\\u12"}'),
      feature('{"id":"C1","x":[1,]}'),
      feature('{"id":"C1","x":01}'),
      feature('{"id":"C1","x":-}'),
      feature('{"id":"C1","x":1.}'),
      feature('{"id":"C1","x":tru}'),
      feature('{"id":"C1",}'),
      feature('{"id":"C1"} x'),
      feature('{"id":"C1"}').slice(0, -1),
      feature('{"id":"C1" "x":1}'),
    ];
    for (const text of texts) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(reader.read(encoder.encode(text), everyName), text).toBeUndefined();
    }
    // Not UTF-8: a lone continuation byte, an overlong form, a surrogate, in a name, a value read past and a key.
    const at = good.indexOf(0xe5); // first byte of 张
    for (const bad of [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe5, 0xbc]]) {
      for (const where of [at, good.lastIndexOf(0xe5)]) {
        const bytes = new Uint8Array([...good.subarray(0, where), ...bad, ...good.subarray(where + 3)]);
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
        expect(reader.read(bytes, everyName)).toBeUndefined();
      }
    }
  });

  it('asks about each property name once the feature is read whole, and refuses names the mapping changes', () => {
    const asked: string[] = [];
    const policy: PropertyNamePolicy = { passesUnchanged: (name) => (asked.push(name), name !== '地块编号') };
    const reader = new PlotFeatureReader();
    expect(reader.read(encoder.encode(feature('{"id":"D1","foo":1,"bar":2')), policy)).toBeUndefined();
    expect(asked).toEqual([]);
    expect(reader.read(encoder.encode(feature('{"id":"D1","foo":1}')), policy)).toBeDefined();
    expect(reader.read(encoder.encode(feature('{"foo":1,"id":"D2","baz":[]}')), policy)).toBeDefined();
    expect(asked).toEqual(['id', 'foo', 'baz']);
    expect(reader.read(encoder.encode(feature('{"id":"D3","地块编号":"x"}')), policy)).toBeUndefined();
    expect(reader.read(encoder.encode(feature('{"id":"D3","地块编号":"x"}')), policy)).toBeUndefined();
    expect(asked).toEqual(['id', 'foo', 'baz', '地块编号']);
  });

  it('keeps the report of what was read the same: columns of a malformed feature are not listed, Chinese columns are mapped', async () => {
    const text = [
      '{"type":"FeatureCollection","features":[',
      feature('{"id":"E1","subparkId":"zizhu","landUse":"M1","ghost":1,}') + ',',
      feature('{"id":"E2","subparkId":"zizhu","landUse":"M1","extra":1}') + ',',
      feature('{"id":"E3","subparkId":"zizhu","landUse":"M1","地块名称":"张江","用地面积(亩)":"1.5"}'),
      ']}',
    ].join('\n');
    const read = await readPlots(chunksOfBytes(encoder.encode(text), 7), { landUse });
    expect(read.meta.input.unmatchedColumns).toEqual(['extra']);
    expect(read.meta.input.fieldMap).toMatchObject({ id: 'id', name: '地块名称', landAreaM2: '用地面积(亩)' });
    expect(read.table.names).toEqual(['', '张江']);
    expect(read.table.ids).toEqual(['E2', 'E3']);
    expect(read.table.numeric.landAreaM2[1]).toBeCloseTo(1000, 6);
    expect(read.issues.find((i) => i.index === 0)?.code).toBe('malformed-json');
  });

  it('agrees with JSON.parse + validation on thousands of randomly changed and damaged plots', () => {
    const rand = mulberry32(42);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
    const junk: unknown[] = [
      null, -1, 0, -0, 1e308, 3.5, 2, 0.30000000000000004, 2024, '', ' ', 'abc', '12', ' 7 ', '1,200', '2023-02-30', '2024-02-29',
      '2024-02-29T08:00', 'Feature', 'M1', '0802', 'supplied', 'effective', '张江', true, false, [], {}, [1, 2], { a: { b: [] } },
      [{ year: 2024, pass: true }], [{ year: 2024, pass: 'no' }], [{ year: 2023, pass: false, score: 3 }, { year: 2021, pass: true, score: null }],
      [{ year: 2024, pass: true }, { year: 2024, pass: false }], { year: 2024, pass: true },
    ];
    const keys = ['id', 'subparkId', 'landUse', 'name', 'enterprise', 'landAreaM2', 'landStatus', 'agreedStartDate', 'actualStartDate',
      'suspendedSince', 'developedShare', 'gfaAboveM2', 'gfaOtherM2', 'gfaAmenityM2', 'vacancyRate', 'evaluations', 'rectification',
      'employees', 'landarea_m2', 'Name', 'other', '地块名称x'];
    const pieces = ['[', ']', '{', '}', ',', ':', '"', '\\', '-', '+', '.', 'e', '0', '9', ' ', '\n', '\t', 'null', 'true', '1e999', '"x"', '[]', '\u00e9', '张'];
    const texts: string[] = [];
    for (let k = 0; k < 4000; k++) {
      const lon = 121.2 + rand() * 0.6;
      const lat = 30.9 + rand() * 0.5;
      const f = validFeature(`F${k % 3500}`, lon, lat);
      const p = f.properties as Record<string, unknown>;
      if (rand() < 0.2) f.geometry = { type: 'MultiPolygon', coordinates: [[squareRing(lon, lat, 0.01)], [squareRing(lon + 0.02, lat)]] };
      const changes = Math.floor(rand() * 4);
      for (let c = 0; c < changes; c++) {
        const key = pick(keys);
        if (rand() < 0.25) delete p[key];
        else p[key] = pick(junk);
      }
      if (rand() < 0.05) delete (f as { type?: unknown }).type;
      if (rand() < 0.05) (f as { id?: unknown }).id = pick(junk);
      let text = rand() < 0.3 ? JSON.stringify(f, null, rand() < 0.5 ? 2 : '\t') : JSON.stringify(f);
      const damage = rand() < 0.4 ? 1 + Math.floor(rand() * 2) : 0;
      for (let c = 0; c < damage; c++) {
        const at = Math.floor(rand() * text.length);
        const op = rand();
        const piece = pick(pieces);
        if (op < 0.4) text = text.slice(0, at) + piece + text.slice(at + 1);
        else if (op < 0.7) text = text.slice(0, at) + piece + text.slice(at);
        else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 3));
      }
      texts.push(text);
    }
    const taken = expectSameAsJsonParse(texts);
    // Not vacuous: the undamaged plots with scalar values take the byte path.
    expect(taken).toBeGreaterThan(texts.length * 0.3);
  });
});
