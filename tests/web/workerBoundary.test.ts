import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { proxy } from 'comlink';
import { recordingWorkerChannel } from '../helpers/recordingWorkerChannel.ts';
import { transferablesOf } from '../../web/worker/transfer.ts';
import { DEFAULT_PARAMS } from '../../src/index.ts';

const FIXTURE = 'tests/fixtures/browser/plots.geojson';

/** A fetch that serves the fixture as a stream in small chunks, like a real response. */
const fixtureFetch = (async () => {
  const bytes = readFileSync(FIXTURE);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(at, at + 700)));
      at += 700;
    },
  });
  return new Response(body, { headers: { 'content-length': String(bytes.length) } });
}) as unknown as typeof fetch;

const { api, transferLists, close } = recordingWorkerChannel(fixtureFetch);

afterAll(close);

describe('transferablesOf', () => {
  it('finds every distinct buffer of nested typed arrays', () => {
    const a = new Float32Array(4);
    const payload = { a, again: a, nested: { b: new Uint8Array(2), list: [new Int32Array(1)] }, text: 'x' };
    expect(transferablesOf(payload)).toHaveLength(3);
  });
});

describe('worker boundary', () => {
  it('load transfers geometry and columns (the transfer list is passed, not just built)', async () => {
    const stages: string[] = [];
    const before = transferLists.length;
    const loaded = await api.load({ plotsUrl: '/fixture' }, proxy((p: { stage: string }) => void stages.push(p.stage)));
    expect(loaded.plotCount).toBe(7);
    expect(loaded.geometry.vertexStarts).toBeInstanceOf(Uint32Array);
    expect(loaded.geometry.vertexStarts[loaded.plotCount]).toBe(loaded.geometry.positions.length / 2);
    expect(loaded.geometry.triangleIndices.length).toBe(7 * 2 * 3);
    const reply = transferLists.slice(before).find((list) => list.length > 0) ?? [];
    // positions, vertexStarts, triangles, rings, plot rings, bounds + 5 static columns
    expect(reply.length).toBeGreaterThanOrEqual(11);
    await new Promise((r) => setTimeout(r, 50)); // progress callbacks are one-way messages
    expect(stages).toContain('geometry');
  });

  it('reads a file the user opened (a Blob) instead of fetching', async () => {
    const file = new Blob([readFileSync('tests/fixtures/browser/plots-with-problems.geojson')]);
    const loaded = await api.load({ plotsUrl: 'plots-with-problems.geojson', plotsFile: file });
    expect(loaded.plotCount).toBe(8);
    expect(loaded.issueCount).toBe(4);
    expect(loaded.byteCount).toBe(file.size);
    const back = await api.load({ plotsUrl: '/fixture' });
    expect(back.plotCount).toBe(7);
  });

  it('reads the file again on one thread when parse workers cannot start (here: no Worker in Node)', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const loaded = await api.load({ plotsUrl: '/fixture', parseThreads: 2 });
    expect(loaded.plotCount).toBe(7);
    expect(loaded.parseThreads).toBe(1);
  });

  it('analysis results arrive as typed arrays and stale requests return null', async () => {
    const asOf = '2025-06-30';
    const [stale, latest] = await Promise.all([
      api.analyze({ requestId: 1, asOf, params: { ...DEFAULT_PARAMS } }),
      api.analyze({ requestId: 2, asOf, params: { ...DEFAULT_PARAMS } }),
    ]);
    expect(stale).toBeNull();
    expect(latest?.plots.flags).toBeInstanceOf(Uint16Array);
    expect(latest?.plots.flags.length).toBe(7);
  });

  it('explains flags on demand with numbers, threshold and clause', async () => {
    const row = await api.rowOfId('ZZ-001');
    const detail = await api.plotDetail(row);
    const amenity = detail.flags.find((f) => f.flag === 'mixed-use-amenity-over-15');
    expect(amenity?.zh).toContain('15.4%');
    expect(amenity?.zh).toContain('沪府规〔2021〕9号');
  });

  it('exports CSV rows with the flags', async () => {
    const csv = await api.exportRows(Uint32Array.from([0, 6]), 'csv', 'en');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('removal-candidate');
  });
});
