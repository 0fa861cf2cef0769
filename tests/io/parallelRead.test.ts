import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ParseWorkerError, SplitSpeculationMissed, batchReplyOf, createBatchWorkerPool, defaultLandUseTable, readPlots,
  type BatchReply, type BatchWorkerPort, type ParallelParse, type ReadPlotsResult,
} from '../../src/index.ts';
import { parseFeatureBatch } from '../../src/io/parseFeatureBatch.ts';
import { validFeature } from '../validate/plotFixtures.ts';

const landUse = defaultLandUseTable();

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

/** Workers simulated in process: each batch is cloned as postMessage would, parsed after a random delay (out of order). */
function inProcessWorkers(batchBytes: number, maxInFlight = 3, speculateLines = false): ParallelParse {
  let seed = 7;
  const delayMs = () => (seed = (seed * 48271) % 2147483647) % 3;
  return {
    batchBytes,
    maxInFlight,
    speculateLines,
    parse: async (batch) => {
      const cloned = structuredClone(batch);
      await new Promise((resolve) => setTimeout(resolve, delayMs()));
      return structuredClone(parseFeatureBatch(cloned, landUse));
    },
  };
}

async function outcome(bytes: Uint8Array, fileName: string, parallel?: ParallelParse): Promise<ReadPlotsResult | string> {
  try {
    return await readPlots(chunksOf(bytes, 4096), { landUse, fileName, parallel });
  } catch (error) {
    return `throws: ${(error as Error).message}`;
  }
}

const fixtureFiles = ['tests/fixtures/bad-input', 'tests/fixtures/io'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(geojsons?|ndjson|json|html)$/.test(f) && f !== 'expected.json' && !f.startsWith('params-'))
    .map((f) => `${dir}/${f}`),
);

describe('reading with parsing in workers', () => {
  it.each(fixtureFiles)('gives what a one-thread read gives: %s', async (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const expected = await outcome(bytes, file);
    // One feature per batch puts every duplicate id in a later batch than its first use.
    for (const batchBytes of [1, 600, 1 << 20]) {
      expect(await outcome(bytes, file, inProcessWorkers(batchBytes))).toEqual(expected);
    }
  });

  it.each(fixtureFiles)('with lines taken unscanned, gives what a one-thread read gives: %s', async (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const expected = await outcome(bytes, file);
    for (const batchBytes of [1, 600, 1 << 20]) expect(await outcome(bytes, file, inProcessWorkers(batchBytes, 3, true))).toEqual(expected);
  });

  it('confirms a line that does not parse when its brackets close at its end, else asks for a one-thread read', async () => {
    const good = JSON.stringify(validFeature('A', 121.6, 31.19));
    const lines = (middle: string) => new TextEncoder().encode(`{"type":"FeatureCollection","features":[\n${good},\n${middle},\n${JSON.stringify(validFeature('B', 121.61, 31.19))}\n]}\n`);
    // Balanced but not JSON: the same malformed-json issue, at the same index and byte, either way.
    // (The scan counts brackets of either kind, so `{"a":[1}}` closes at its end for it too.)
    for (const middle of ['{"type":"Feature","properties":{"id":"X"},"geometry":nul}', '{"a":"}{",}', '{"a":[1}}']) {
      const expected = await outcome(lines(middle), 'x.geojson');
      expect((expected as ReadPlotsResult).issues.map((i) => i.code)).toContain('malformed-json');
      expect(await outcome(lines(middle), 'x.geojson', inProcessWorkers(1, 3, true))).toEqual(expected);
    }
    // Two objects on a line, or brackets that close early or late: the byte scan would cut it otherwise.
    for (const middle of ['{"type":"Feature"} {"type":"Feature"}', '{"a":[1]}}', '{"a":{"b":[1]}', '{"a":"x\\"}']) {
      expect(await outcome(lines(middle), 'x.geojson', inProcessWorkers(1, 3, true))).toMatch(/^throws: feature 1 is not one whole line/);
      await expect(readPlots(chunksOf(lines(middle), 64), { landUse, parallel: inProcessWorkers(1, 3, true) })).rejects.toBeInstanceOf(SplitSpeculationMissed);
    }
  });

  it.each(['pretty', 'one feature per line'])('gives what a one-thread read gives on 3,000 sample plots, %s', async (layout) => {
    const sample = JSON.parse(readFileSync('data/sample/plots.geojson', 'utf8')) as { features: unknown[] };
    const features = sample.features.slice(0, 3000);
    const text = layout === 'pretty'
      ? JSON.stringify({ type: 'FeatureCollection', features }, null, 2)
      : `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
    const bytes = new TextEncoder().encode(text);
    const expected = await outcome(bytes, 'plots.geojson');
    expect((expected as ReadPlotsResult).table.count).toBe(3000);
    expect(await outcome(bytes, 'plots.geojson', inProcessWorkers(64 << 10))).toEqual(expected);
    expect(await outcome(bytes, 'plots.geojson', inProcessWorkers(64 << 10, 3, true))).toEqual(expected);
  });

  it('reports a duplicate id across batches once, where one builder would, and keeps the first plot', async () => {
    const numericId = { ...validFeature('X'), properties: { ...(validFeature('X').properties as object), id: 7 } };
    const features = [validFeature('A', 121.6, 31.19), validFeature('7', 121.61, 31.19), validFeature('B', 121.62, 31.19), numericId, validFeature('A', 121.63, 31.19)];
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
    const expected = await outcome(bytes, 'dups.geojson');
    const parallel = await outcome(bytes, 'dups.geojson', inProcessWorkers(1));
    expect(parallel).toEqual(expected);
    const result = parallel as ReadPlotsResult;
    expect(result.table.ids).toEqual(['A', '7', 'B']);
    expect(result.issues.filter((i) => i.code === 'duplicate-id').map((i) => [i.index, i.id])).toEqual([[3, '7'], [4, 'A']]);
    // The numeric-id warning comes before the duplicate error, as the builder logs them.
    expect(result.issues.filter((i) => i.index === 3).map((i) => i.code)).toEqual(['numeric-id', 'duplicate-id']);
  });

  it('fails the read when a worker fails, without unhandled rejections', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/io/zizhu-small.geojson'));
    const failing: ParallelParse = { batchBytes: 1, maxInFlight: 2, parse: async () => Promise.reject(new Error('worker crashed')) };
    await expect(readPlots(chunksOf(bytes, 512), { landUse, parallel: failing })).rejects.toThrow('worker crashed');
  });

  it('spreads batches over a worker pool and fails the read when a worker dies', async () => {
    const served: number[] = [];
    /** A port that answers like a parse worker after a delay; worker `dies` fails on its first batch. */
    const port = (worker: number, dies = false): BatchWorkerPort => {
      let reply: (r: BatchReply) => void = () => {};
      let fail: (e: Error) => void = () => {};
      return {
        post: (request) =>
          setTimeout(() => {
            if (dies) return fail(new Error('parse worker 1 ran out of memory'));
            served.push(worker);
            reply(structuredClone(batchReplyOf(structuredClone(request), (b) => parseFeatureBatch(b, landUse)).reply));
          }, 1 + worker),
        listen: (onReply, onFailure) => {
          reply = onReply;
          fail = onFailure;
        },
        terminate: () => {},
      };
    };
    const bytes = new Uint8Array(readFileSync('tests/fixtures/bad-input/duplicate-ids.geojson'));
    const expected = await outcome(bytes, 'dups.geojson');
    const pool = createBatchWorkerPool([port(0), port(1), port(2)], 1);
    expect(await outcome(bytes, 'dups.geojson', pool)).toEqual(expected);
    expect(new Set(served).size).toBe(3);

    const broken = createBatchWorkerPool([port(0), port(1, true)], 1);
    expect(await outcome(bytes, 'dups.geojson', broken)).toBe('throws: a parse worker failed: parse worker 1 ran out of memory');
    await expect(readPlots(chunksOf(bytes, 4096), { landUse, parallel: createBatchWorkerPool([port(1, true)], 1) })).rejects.toBeInstanceOf(ParseWorkerError);
  });
});
