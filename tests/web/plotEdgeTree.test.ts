/**
 * The map tools' plot edge index is built in the worker and transferred: the main thread reopens it
 * on the geometry it holds and must get the index it would have built itself (same tree bytes, same
 * centroids), without cloning every plot id either.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { recordingWorkerChannel } from '../helpers/recordingWorkerChannel.ts';
import { defaultLandUseTable, plotCentroids, plotEdgeIndex, plotRowsNearBox, readPlots } from '../../src/index.ts';
import { plotGeometryOfTable } from '../../web/worker/plotGeometry.ts';

const FIXTURE = 'tests/fixtures/browser/plots.geojson';
const BYTES = readFileSync(FIXTURE);
const fixtureFetch = (async () => new Response(new Uint8Array(BYTES), { headers: { 'content-length': String(BYTES.length) } })) as unknown as typeof fetch;
const { api, transferLists, close } = recordingWorkerChannel(fixtureFetch);
afterAll(close);

describe('plot edge index across the worker boundary', () => {
  it('is the index the main thread would build on its geometry, moved not copied', async () => {
    const loaded = await api.load({ plotsUrl: '/fixture' });
    const from = transferLists.length;
    const { treeData, centroids } = await api.plotEdgeTree();
    expect(transferLists.slice(from).some((list) => list.length >= 2)).toBe(true);

    const read = await readPlots((async function* () { yield new Uint8Array(BYTES); })(), { landUse: defaultLandUseTable() });
    const geometry = plotGeometryOfTable(read.table);
    expect(Array.from(loaded.geometry.bounds)).toEqual(Array.from(geometry.bounds));
    const local = plotEdgeIndex(geometry);
    expect(new Uint8Array(treeData)).toEqual(new Uint8Array(local.tree!.data));
    expect(Array.from(centroids)).toEqual(Array.from(plotCentroids(local)));

    const reopened = plotEdgeIndex(loaded.geometry, treeData.buffer);
    const b = geometry.bounds;
    for (let p = 0; p < geometry.count; p++) {
      expect(plotRowsNearBox(reopened, b[4 * p], b[4 * p + 1], b[4 * p + 2], b[4 * p + 3]).sort()).toEqual(plotRowsNearBox(local, b[4 * p], b[4 * p + 1], b[4 * p + 2], b[4 * p + 3]).sort());
    }
  });

  it('names the plots of a few rows', async () => {
    const ids = await api.plotIds();
    expect(await api.plotIdsOfRows(Uint32Array.from([2, 0]))).toEqual([ids[2], ids[0]]);
  });
});
