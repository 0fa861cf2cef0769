import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { defaultLandUseTable, readPlots, ReadError, type ParallelParse, type ReadPlotsResult } from '../../../src/index.ts';
import { parseFeatureBatch } from '../../../src/io/parseFeatureBatch.ts';
import { crsOfFgbHeader } from '../../../src/io/import/flatGeobufDecoder.ts';
import { readFgbHeader } from '../../../src/io/import/flatGeobufFormat.ts';
import type { DecodedLayer, RawFeature } from '../../../src/io/import/decodedLayer.ts';
import type { InputIssue } from '../../../src/schema/index.ts';
import { IMPORT_DIR } from './importFixtures.ts';

/**
 * The streaming FlatGeobuf reader against the flatgeobuf package's GeoJSON, which the driver used
 * before: the same table, issues and `input` for GDAL's files and for damaged plots written by
 * the package, whatever the chunk size.
 */

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

/** The layer as the driver decoded it before: every feature through the package's deserialize. */
async function packageLayer(bytes: Uint8Array): Promise<DecodedLayer> {
  let header: HeaderMeta | null = null;
  const features: RawFeature[] = [];
  for await (const f of deserialize(bytes, { headerMetaFn: (h) => (header = h) })) {
    const feature = f as unknown as { geometry: unknown; properties?: Record<string, unknown> };
    features.push({ geometry: feature.geometry ?? null, properties: feature.properties ?? {} });
  }
  const meta = header as HeaderMeta | null;
  const issues: InputIssue[] = [];
  const crs = meta?.crs ? { org: meta.crs.org ?? null, code: meta.crs.code, wkt: meta.crs.wkt ?? null } : null;
  return { layer: null, layers: [], encoding: { encoding: 'utf-8', source: 'detected' }, fileCrs: crsOfFgbHeader(crs, issues), columns: meta?.columns?.map((c) => c.name) ?? [], features, issues };
}

function read(bytes: Uint8Array, size: number, layer?: DecodedLayer, crs?: string): Promise<ReadPlotsResult> {
  return readPlots(chunksOf(bytes, size), {
    landUse: defaultLandUseTable(), fileName: 'plots.fgb', totalBytes: bytes.length, crs,
    decodedLayer: layer ? { format: 'flatgeobuf', layer } : undefined,
  });
}

/** Parse workers simulated in process: each batch cloned as postMessage would. */
function inProcessWorkers(batchBytes: number, parsed: { batches: number }): ParallelParse {
  return {
    batchBytes,
    maxInFlight: 3,
    parse: async (batch) => {
      parsed.batches++;
      return structuredClone(parseFeatureBatch(structuredClone(batch), defaultLandUseTable()));
    },
  };
}

function expectSameRead(got: ReadPlotsResult, expected: ReadPlotsResult, what: string): void {
  expect(got.issues, what).toEqual(expected.issues);
  expect(got.table, what).toEqual(expected.table);
  expect(got.meta.input, what).toEqual(expected.meta.input);
  expect(got.meta.featureCount, what).toBe(expected.meta.featureCount);
}

async function expectSameAsPackage(bytes: Uint8Array, crs?: string): Promise<ReadPlotsResult> {
  const expected = await read(bytes, bytes.length, await packageLayer(bytes), crs);
  for (const size of [bytes.length, 4096, 333, 13]) expectSameRead(await read(bytes, size, undefined, crs), expected, `chunks of ${size}`);
  // In parse workers (a file without a declared system), one feature per batch and larger batches.
  if (crs === undefined) {
    for (const batchBytes of [1, 600, 1 << 20]) {
      const parsed = { batches: 0 };
      const parallel = await readPlots(chunksOf(bytes, 333), { landUse: defaultLandUseTable(), fileName: 'plots.fgb', parallel: inProcessWorkers(batchBytes, parsed) });
      expectSameRead(parallel, expected, `workers, batches of ${batchBytes} bytes`);
      expect(parsed.batches).toBeGreaterThanOrEqual(batchBytes === 1 ? expected.meta.featureCount : 1);
    }
  }
  return expected;
}

const square = (lon: number, lat: number, d = 0.001): number[][] => [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]];

/** Plots with every kind of geometry problem, and properties of every column type the package writes. */
function damagedCollection() {
  const geometries: unknown[] = [
    { type: 'Polygon', coordinates: [square(121.5, 31.2)] },
    { type: 'Polygon', coordinates: [square(121.51, 31.2, 0.01), square(121.512, 31.202).reverse()] },
    { type: 'MultiPolygon', coordinates: [[square(121.52, 31.2)], [square(121.53, 31.2)]] },
    { type: 'Polygon', coordinates: [[[121.54, 31.2], [121.541, 31.201], [121.541, 31.2], [121.54, 31.201], [121.54, 31.2]]] },
    { type: 'Polygon', coordinates: [square(121.55, 31.2).slice(0, 4)] },
    { type: 'Polygon', coordinates: [[[121.56, 31.2], [121.561, 31.2], [121.561, 31.2], [121.561, 31.201], [121.56, 31.201], [121.56, 31.2]]] },
    { type: 'Polygon', coordinates: [square(121.57, 31.2).reverse()] },
    { type: 'Point', coordinates: [121.58, 31.2] },
    { type: 'LineString', coordinates: [[121.59, 31.2], [121.6, 31.2]] },
    { type: 'Polygon', coordinates: [[[121.61, 31.2], [121.62, 31.2], [121.61, 31.2]]] },
    { type: 'Polygon', coordinates: [square(200, 31.2)] },
    { type: 'Polygon', coordinates: [square(121.5, 31.2)] },
  ];
  return {
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({
      type: 'Feature',
      geometry,
      properties: {
        id: i === 11 ? 'P0' : `P${i}`, subparkId: i % 2 ? 'ZJ-01' : '张江', landUse: i % 3 ? 'M1' : 'B29', landAreaM2: 1000 + i, approved: i % 2 === 0,
        evaluations: JSON.stringify([{ year: 2024, pass: i % 2 === 0 }]), note: i === 4 ? '' : `地块 ${i}`,
      },
    })),
  };
}

describe('FlatGeobuf streamed from its bytes', () => {
  for (const name of ['plots-4326.fgb', 'plots-4528.fgb', 'plots-4549.fgb', 'plots-gcj02.fgb']) {
    it(`reads ${name} (GDAL, with an envelope: streamed) as the package did`, async () => {
      const bytes = new Uint8Array(readFileSync(join(IMPORT_DIR, name)));
      expect(readFgbHeader(bytes).envelope).not.toBeNull();
      const result = await expectSameAsPackage(bytes, name.includes('gcj02') ? 'gcj02' : undefined);
      expect(result.table.count).toBeGreaterThan(20);
    });
  }

  it('reads damaged plots and mixed geometry types as the package did, issue for issue', async () => {
    const bytes = serialize(damagedCollection() as never, 4326);
    const result = await expectSameAsPackage(bytes);
    const codes = new Set(result.issues.map((i) => i.code));
    for (const code of ['unsupported-geometry-type', 'coordinates-out-of-range', 'duplicate-id']) expect(codes).toContain(code);
  });

  it('says a file cut inside a feature or inside its header is truncated', async () => {
    const bytes = new Uint8Array(readFileSync(join(IMPORT_DIR, 'plots-4549.fgb')));
    for (const cut of [bytes.length - 10, 40]) {
      const error = await read(bytes.subarray(0, cut), 1000).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReadError);
      expect((error as ReadError).code).toBe('truncated');
    }
  });
});
