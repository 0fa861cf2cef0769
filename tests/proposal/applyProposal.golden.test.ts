import { describe, expect, it } from 'vitest';
import {
  analyze,
  applyProposal,
  defaultLandUseTable,
  proposalBalance,
  proposalLedger,
  readProposal,
  resolveParams,
  type Proposal,
} from '../../src/index.ts';
import { deepFreeze } from '../helpers/deepFreeze.ts';
import { tableOf } from '../helpers/tableOf.ts';
import { CASE_PLOTS, CASE_PROPOSAL, frozenTable } from './proposalCase.ts';

const AS_OF = '2026-06-30';

function applied(json: unknown = CASE_PROPOSAL) {
  const { table, issues } = tableOf(CASE_PLOTS);
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  const read = readProposal(deepFreeze(structuredClone(json)));
  const proposal = deepFreeze(read.proposal as Proposal);
  const frozen = frozenTable(table);
  const result = applyProposal(frozen.table, proposal, defaultLandUseTable(), ['A', 'B']);
  const before = analyze(table, { asOf: AS_OF });
  const after = analyze(result.table, { asOf: AS_OF });
  const ledger = proposalLedger({ before: table, beforeAreaM2: before.plots.areaM2, after: result.table, afterAreaM2: after.plots.areaM2, moved: result.moved });
  return { table, frozen, result, before, after, ledger, readIssues: read.issues };
}

describe('applyProposal on the hand-written case', () => {
  it('moves exactly the plots of the applied changes, in change order', () => {
    const { result } = applied();
    expect(result.moved.map(({ id, from, to }) => ({ id, from, to }))).toEqual([
      { id: 'a3', from: 'A', to: null },
      { id: 'o1', from: null, to: 'A' },
      { id: 'b1', from: 'B', to: 'A' },
      { id: 'n1', from: null, to: 'B' },
      { id: 'n3', from: null, to: 'A' },
    ]);
    expect(result.appliedChanges).toEqual([0, 1, 2, 3, 9]);
  });

  it('reports every skipped change with its index and reason code', () => {
    const { result } = applied();
    const errors = result.issues.filter((i) => i.severity === 'error').map((i) => [i.change, i.code, i.id]);
    expect(errors).toEqual([
      [4, 'changed-twice', 'a3'],
      [5, 'unknown-plot', 'zz'],
      [6, 'unknown-subpark', null],
      [7, 'overlap', 'n2'],
      [8, 'duplicate-id', 'a2'],
      [10, 'duplicate-plot-in-change', 'a2'],
      [11, 'missing-geometry', 'n4'],
      [11, 'invalid-feature', null],
    ]);
    const overlap = result.issues.find((i) => i.code === 'overlap');
    expect(overlap?.message).toMatch(/overlaps plot "a1" by 2500\.\d m²/);
  });

  it('leaves the input table and proposal untouched, and keeps the input rows first in the result', () => {
    const { table, frozen, result } = applied();
    expect(frozen.unchanged()).toBe(true);
    const row = (id: string) => result.table.ids.indexOf(id);
    const key = (id: string) => result.table.subparkKeys[result.table.subparkIndex[row(id)]];
    expect(result.table.ids.slice(0, table.count)).toEqual(table.ids);
    expect(result.table.ids.slice(table.count)).toEqual(['n1', 'n3']);
    expect([key('a1'), key('a3'), key('o1'), key('b1'), key('n1'), key('n3'), key('o2')]).toEqual(['A', '', 'A', 'A', 'B', 'A', '']);
    expect(table.subparkKeys[table.subparkIndex[table.ids.indexOf('a3')]]).toBe('A');
  });

  it('writes the ledger of §8 by hand-computed figures', () => {
    const { ledger } = applied();
    expect(ledger).toEqual([
      { subparkId: 'A', beforeM2: 25000, outM2: 5000, inM2: 19000, afterM2: 39000, deltaM2: 14000, plotsOut: 1, plotsIn: 3 },
      { subparkId: 'B', beforeM2: 30000, outM2: 10000, inM2: 5000, afterM2: 25000, deltaM2: -5000, plotsOut: 1, plotsIn: 1 },
      { subparkId: '*', beforeM2: 55000, outM2: 5000, inM2: 14000, afterM2: 64000, deltaM2: 9000, plotsOut: 1, plotsIn: 3 },
    ]);
  });

  it('judges the balance under each scope, mode and tolerance', () => {
    const { ledger } = applied();
    const judge = (p: object) => {
      const r = resolveParams(p);
      if (!r.ok) throw new Error(r.errors.join());
      const b = proposalBalance(ledger, r.params);
      return [b.ok, b.violations.map((v) => v.subparkId)];
    };
    expect(judge({})).toEqual([false, ['A']]);
    expect(judge({ balanceMode: 'equal' })).toEqual([false, ['A', 'B']]);
    expect(judge({ balanceMode: 'equal', balanceToleranceM2: 14000 })).toEqual([true, []]);
    expect(judge({ balanceMode: 'equal', balanceToleranceM2: 13999.99 })).toEqual([false, ['A']]);
    expect(judge({ balanceToleranceM2: 14000 })).toEqual([true, []]);
    expect(judge({ balanceScope: 'zone' })).toEqual([false, ['*']]);
    expect(judge({ balanceScope: 'zone', balanceToleranceM2: 9000 })).toEqual([true, []]);
    expect(judge({ balanceScope: 'zone', balanceMode: 'equal', balanceToleranceM2: 8999.99 })).toEqual([false, ['*']]);
    const b = proposalBalance(ledger, { balanceScope: 'zone', balanceMode: 'equal', balanceToleranceM2: 10 });
    expect(b).toEqual({ scope: 'zone', mode: 'equal', toleranceM2: 10, ok: false, violations: [ledger[2]] });
  });

  it('uses the geometric area of a plot without landAreaM2, and balances an even swap', () => {
    const swap = {
      ...CASE_PROPOSAL,
      changes: [
        { op: 'remove', plotIds: ['b2'] },
        { op: 'assign', plotIds: ['o2'], to: 'B' },
      ],
    };
    const { ledger } = applied(swap);
    expect(ledger[0].subparkId).toBe('B');
    expect(ledger[0].inM2).toBeCloseTo(4000, 0);
    expect(ledger[0].outM2).toBe(20000);
    expect(ledger[0].deltaM2).toBeCloseTo(-16000, 0);
    expect(ledger[0].afterM2).toBeCloseTo(14000, 0);
    const even = { ...CASE_PROPOSAL, changes: [{ op: 'remove', plotIds: ['a1'] }, { op: 'assign', plotIds: ['b1'], to: 'A' }] };
    const { ledger: evenLedger } = applied(even);
    expect(evenLedger.map((r) => [r.subparkId, r.deltaM2])).toEqual([['A', 0], ['B', -10000], ['*', -10000]]);
    const ok = proposalBalance(evenLedger, { balanceScope: 'subpark', balanceMode: 'equal', balanceToleranceM2: 0 });
    expect(ok.violations.map((v) => v.subparkId)).toEqual(['B']);
  });

  it('analyses the result with the same engine: outside plots form no blocks', () => {
    const { after } = applied();
    const a = after.subparks.find((s) => s.subparkId === 'A');
    expect(a?.plotCount).toBe(5);
    expect(after.blocks.every((b) => b.subparkId !== '')).toBe(true);
  });
});

describe('applyProposal with added land', () => {
  it('carries every column of the added plot, those added to PlotTable lately included', () => {
    const { table } = tableOf(CASE_PLOTS);
    const feature = { type: 'Feature', properties: { id: 'n9', subparkId: 'B', landUse: '0802', landAreaM2: 4000, gfaAboveM2: 9000, rectification: 'effective', evaluations: [{ year: 2025, pass: false, score: 40 }] }, geometry: { type: 'Polygon', coordinates: (CASE_PROPOSAL.changes[3] as { feature: { geometry: { coordinates: unknown } } }).feature.geometry.coordinates } };
    const proposal = readProposal({ ...CASE_PROPOSAL, changes: [{ op: 'add', feature }] }).proposal as Proposal;
    const { table: after, issues } = applyProposal(table, proposal, defaultLandUseTable(), []);
    expect(issues).toEqual([]);
    const row = after.count - 1;
    expect(after.ids[row]).toBe('n9');
    expect(after.subparkKeys[after.subparkIndex[row]]).toBe('B');
    expect(after.numeric.landAreaM2[row]).toBe(4000);
    expect(after.numeric.gfaAboveM2[row]).toBe(9000);
    expect(after.rectification[row]).toBe(1);
    expect(after.rectification.length).toBe(after.count);
    expect(Array.from(after.evalYear.subarray(after.evalOffsets[row], after.evalOffsets[row + 1]))).toEqual([2025]);
    // The rows before it are the input's, geometry included.
    expect(Array.from(after.lonLat.subarray(0, table.lonLat.length))).toEqual(Array.from(table.lonLat));
    expect(after.plotPolygonOffsets[table.count]).toBe(table.plotPolygonOffsets[table.count]);
    const result = analyze(after, { asOf: AS_OF });
    expect(result.plots.areaM2[row]).toBeCloseTo(5000, -1);
  });
});
