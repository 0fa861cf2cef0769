import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { recordingWorkerChannel } from '../helpers/recordingWorkerChannel.ts';

/** Hand-computed sizes: see tests/quality/writeQualityFixture.ts. */
const FIXTURE = 'tests/fixtures/browser/plots-quality.geojson';
const fixtureFetch = (async () => new Response(readFileSync(FIXTURE))) as unknown as typeof fetch;

const { api, transferLists, close } = recordingWorkerChannel(fixtureFetch);

afterAll(close);

describe('worker: the data-quality report', () => {
  it('sends counts, findings without rows, and the problem rows as a transferred mask', async () => {
    const loaded = await api.load({ plotsUrl: '/fixture' });
    expect(loaded.plotCount).toBe(8);
    const before = transferLists.length;
    const quality = await api.quality();
    expect(quality.counts).toEqual({ 'invalid-geometry': 1, 'repaired-geometry': 1, 'duplicate-geometry': 1, overlap: 1, sliver: 1, 'unknown-land-use': 1 });
    expect(quality.findingCount).toBe(6);
    expect(quality.findings.map((f) => f.kind)).toEqual(['invalid-geometry', 'repaired-geometry', 'duplicate-geometry', 'overlap', 'sliver', 'unknown-land-use']);
    expect(quality.findings.every((f) => !('rows' in f))).toBe(true);
    // Rows: Q-A 0, Q-B 1, Q-C 2, Q-D 3, Q-S 4, Q-U 5, Q-CW 6 (Q-BOW left out), Q-OK 7.
    expect(Array.from(quality.rowMask)).toEqual([1, 1, 1, 1, 1, 1, 1, 0]);
    const reply = transferLists.slice(before).find((list) => list.length > 0) ?? [];
    // The mask is the only typed array in the reply: its buffer was on the transfer list.
    expect(reply).toHaveLength(1);
  });

  it('downloads every finding as CSV with headers in the user\'s language', async () => {
    const csv = await api.qualityCsv('zh');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('类型,级别,代码,地块编号,要素序号,量值,单位,说明');
    expect(lines).toHaveLength(7);
    expect(lines[4]).toMatch(/^overlap,warning,overlap,Q-A;Q-B,0;1,/);
    expect((await api.qualityCsv('en')).split('\r\n')[0]).toBe('kind,severity,code,plot ids,feature indexes,measure,unit,message');
  });
});
