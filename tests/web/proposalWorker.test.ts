import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { recordingWorkerChannel } from '../helpers/recordingWorkerChannel.ts';
import { DEFAULT_PARAMS, analyze, applyProposal, defaultLandUseTable, proposalLedger, readPlots, type Proposal } from '../../src/index.ts';
import { MARK_IN, MARK_NONE, MARK_OUT } from '../../web/worker/proposalProtocol.ts';

const FIXTURE = 'tests/fixtures/browser/plots.geojson';
const BYTES = readFileSync(FIXTURE);
const SHA = createHash('sha256').update(BYTES).digest('hex');
const fixtureFetch = (async () => new Response(new Uint8Array(BYTES), { headers: { 'content-length': String(BYTES.length) } })) as unknown as typeof fetch;
const { api, transferLists, close } = recordingWorkerChannel(fixtureFetch);
afterAll(close);

const ASOF = '2025-06-30';
const proposal: Proposal = {
  schema: 'parktwin-proposal/1',
  id: 'w1',
  title: '紫竹 调整',
  subparkId: 'zizhu',
  state: 'draft',
  baseline: { plotCount: 7, sha256: SHA },
  changes: [
    { op: 'remove', plotIds: ['ZZ-001', 'ZZ-002'] },
    { op: 'assign', plotIds: ['ZZ-900'], to: 'other' },
    { op: 'remove', plotIds: ['NOPE'] },
  ],
  comments: [],
};

describe('proposal across the worker boundary', () => {
  it('applies and analyses in the worker: ledger as the core computes it, marks transferred, unknown ids listed', async () => {
    await api.load({ plotsUrl: '/fixture' });
    expect(await api.baseline()).toEqual({ plotCount: 7, sha256: SHA });
    const before = transferLists.length;
    const e = await api.proposal({ requestId: 1, proposalJson: proposal, asOf: ASOF, params: { ...DEFAULT_PARAMS }, knownSubparkIds: ['zizhu', 'other'], approvedAreaKm2: [['zizhu', 0.5]] });
    expect(e).not.toBeNull();
    const ids = await api.plotIds();
    const marks = Array.from(e!.marks);
    expect(marks.filter((m) => m === MARK_OUT)).toHaveLength(3); // ZZ-001, ZZ-002 removed; ZZ-900 leaves zizhu for "other"
    expect(Array.from(e!.markedRows)).toEqual(marks.flatMap((m, r) => (m === MARK_NONE ? [] : [r])));
    expect(marks[ids.indexOf('ZZ-003')]).toBe(MARK_NONE);
    expect(marks).not.toContain(MARK_IN);
    expect(e!.unknownPlotIds).toEqual(['NOPE']);
    expect(e!.baselineMismatch).toBe(false);
    expect(transferLists.slice(before).some((list) => list.some((b) => b === e!.marks.buffer))).toBe(false); // the worker's buffer moved; ours is the received copy
    expect(transferLists.slice(before).some((list) => list.length > 0)).toBe(true);

    // The same numbers straight from the core, as the CLI's propose computes them.
    const read = await readPlots((async function* () { yield new Uint8Array(BYTES); })(), { landUse: defaultLandUseTable() });
    const applied = applyProposal(read.table, proposal, defaultLandUseTable(), ['zizhu', 'other']);
    const ledger = proposalLedger({
      before: read.table,
      beforeAreaM2: analyze(read.table, { asOf: ASOF }).plots.areaM2,
      after: applied.table,
      afterAreaM2: analyze(applied.table, { asOf: ASOF }).plots.areaM2,
      moved: applied.moved,
      approvedAreaKm2: new Map([['zizhu', 0.5]]),
    });
    expect(e!.ledger).toEqual(ledger);
    expect(e!.ledger.find((r) => r.subparkId === 'zizhu')).toMatchObject({ outM2: 90000, plotsOut: 3, approvedAreaKm2: 0.5 });
    // Each moved plot carries the area the ledger counted for it.
    expect(e!.moved.filter((m) => m.from === 'zizhu').reduce((sum, m) => sum + m.areaM2, 0)).toBeCloseTo(90000, 0);
    // "other" grows by ZZ-900's 10,000 m²: the default rule (per sub-park, no net increase) breaks there.
    expect(e!.balance.ok).toBe(false);
    expect(e!.balance.violations.map((v) => v.subparkId)).toEqual(['other']);
    expect(e!.before.subparks.map((s) => s.subparkId)).toEqual(['zizhu']);
  });

  it('a newer request wins; a changed baseline warns', async () => {
    const other = { ...proposal, baseline: { plotCount: 9, sha256: '0'.repeat(64) } };
    const request = (requestId: number) => ({ requestId, proposalJson: other, asOf: ASOF, params: { ...DEFAULT_PARAMS }, knownSubparkIds: [], approvedAreaKm2: [] });
    const [stale, latest] = await Promise.all([api.proposal(request(5)), api.proposal(request(6))]);
    expect(stale).toBeNull();
    expect(latest!.baselineMismatch).toBe(true);
    expect(latest!.issues.filter((i) => i.code === 'baseline-mismatch')).toHaveLength(2);
  });
});
