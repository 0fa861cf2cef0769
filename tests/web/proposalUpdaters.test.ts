import { describe, expect, it } from 'vitest';
import { proposalJson, readProposal, type Proposal } from '../../src/index.ts';
import { deepFreeze } from '../helpers/deepFreeze.ts';
import {
  addedIdOf, changeDropped, commentAdded, landAdded, newProposal, nextNewLandId, plotIdsOfProposal, plotToggled, plotsIn, plotsOut,
  reasonSet, stateSet, withoutPlots,
} from '../../web/proposal/proposalUpdaters.ts';
import { edited, historyOf, redone, undone, HISTORY_LIMIT } from '../../web/proposal/history.ts';
import {
  INITIAL_PROPOSAL_UI, evaluationArrived, evaluationRequested, proposalEdited, proposalOpened, proposalRedone, proposalUndone, currentProposal, modeClosed,
} from '../../web/proposal/proposalStore.ts';
import { newLandFeature } from '../../web/proposal/NewLandForm.tsx';
import type { ProposalEvaluation } from '../../web/worker/proposalProtocol.ts';

const T0 = '2026-12-02T10:00:00.000Z';
const T1 = '2026-12-02T10:01:00.000Z';
const base = (): Proposal => deepFreeze(newProposal({ id: 'p1', title: '嘉定园 边界调整方案', subparkId: 'jiading', author: '甲', now: T0 }));
const square: GeoJSON.Feature<GeoJSON.Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[121.2, 31.3], [121.201, 31.3], [121.201, 31.301], [121.2, 31.301], [121.2, 31.3]]] },
};

describe('proposal updaters (pure, inputs frozen)', () => {
  it('a new proposal is an empty §8 draft that reads back as itself', () => {
    const p = base();
    expect(p).toMatchObject({ schema: 'parktwin-proposal/1', state: 'draft', subparkId: 'jiading', changes: [], comments: [], createdAt: T0, updatedAt: T0 });
    expect(readProposal(proposalJson(p)).proposal).toEqual(p);
  });

  it('clicks: own plot → out, other plot → in, a named plot again → taken back', () => {
    let p = plotToggled(base(), 'JD-1', 'jiading', T1);
    p = plotToggled(deepFreeze(p), 'JD-2', 'jiading', T1);
    p = plotToggled(deepFreeze(p), 'X-1', null, T1);
    p = plotToggled(deepFreeze(p), 'MH-1', 'minhang', T1);
    expect(p.changes).toEqual([
      { op: 'remove', plotIds: ['JD-1', 'JD-2'] },
      { op: 'assign', plotIds: ['X-1', 'MH-1'], to: 'jiading' },
    ]);
    expect(p.updatedAt).toBe(T1);
    const q = plotToggled(deepFreeze(p), 'JD-1', 'jiading', T1);
    expect(q.changes[0]).toEqual({ op: 'remove', plotIds: ['JD-2'] });
    const r = plotToggled(deepFreeze(plotToggled(deepFreeze(q), 'JD-2', 'jiading', T1)), 'X-1', null, T1);
    expect(r.changes).toEqual([{ op: 'assign', plotIds: ['MH-1'], to: 'jiading' }]);
  });

  it('plots out / in never name a plot twice, and a reason starts its own change', () => {
    const a = plotsOut(base(), ['A', 'B', 'A'], T1);
    expect(a.changes).toEqual([{ op: 'remove', plotIds: ['A', 'B'] }]);
    const b = plotsOut(deepFreeze(a), ['B', 'C'], T1, '拟退出候选');
    expect(b.changes).toEqual([{ op: 'remove', plotIds: ['A', 'B'] }, { op: 'remove', plotIds: ['C'], reason: '拟退出候选' }]);
    expect(plotsOut(deepFreeze(b), ['A'], T1)).toBe(b);
    const c = plotsIn(deepFreeze(b), ['C', 'D'], 'jiading', T1);
    expect(c.changes[2]).toEqual({ op: 'assign', plotIds: ['D'], to: 'jiading' });
    expect([...plotIdsOfProposal(c)].sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(withoutPlots(deepFreeze(c), new Set(['Z']), T1)).toBe(c);
  });

  it('drawn land becomes an add change with NEW-<n> ids and the sub-park of the proposal', () => {
    const p = base();
    expect(nextNewLandId(p)).toBe('NEW-1');
    const f = newLandFeature(square, { id: nextNewLandId(p), landUse: '100101', name: ' 新地块 ', subparkId: 'jiading' });
    const q = landAdded(p, f, T1);
    expect(q.changes).toEqual([{ op: 'add', feature: { type: 'Feature', geometry: square.geometry, properties: { id: 'NEW-1', subparkId: 'jiading', landUse: '100101', name: '新地块' } } }]);
    expect(addedIdOf(q.changes[0] as never)).toBe('NEW-1');
    expect(nextNewLandId(deepFreeze(q))).toBe('NEW-2');
    expect(nextNewLandId(deepFreeze(q), (id) => id === 'NEW-2')).toBe('NEW-3');
    expect(changeDropped(deepFreeze(q), 0, T1).changes).toEqual([]);
  });

  it('reasons, state and comments', () => {
    const p = plotsOut(base(), ['A'], T1);
    expect(reasonSet(deepFreeze(p), 0, '连续两年不合格', T1).changes[0]).toEqual({ op: 'remove', plotIds: ['A'], reason: '连续两年不合格' });
    expect(reasonSet(deepFreeze(reasonSet(p, 0, 'x', T1)), 0, '  ', T1).changes[0]).toEqual({ op: 'remove', plotIds: ['A'] });
    expect(stateSet(p, 'submitted', T1).state).toBe('submitted');
    expect(commentAdded(deepFreeze(p), '乙', '请补充', T1).comments).toEqual([{ at: T1, author: '乙', text: '请补充' }]);
    expect(commentAdded(p, '乙', '   ', T1)).toBe(p);
  });
});

describe('undo/redo history', () => {
  it('steps back and forth; a new edit clears redo; no-op edits are no steps', () => {
    let h = historyOf('a');
    h = edited(h, 'b');
    h = edited(h, 'c');
    expect(edited(h, h.present)).toBe(h);
    h = undone(undone(h));
    expect(h.present).toBe('a');
    expect(undone(h)).toBe(h);
    h = redone(h);
    expect(h.present).toBe('b');
    h = edited(h, 'd');
    expect(h.future).toEqual([]);
    expect(redone(h)).toBe(h);
    expect(h.past).toEqual(['a', 'b']);
  });
  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = historyOf(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = edited(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('proposal store updaters', () => {
  it('opens, edits, undoes and redoes the document; stale evaluations are dropped', () => {
    let s = proposalOpened(INITIAL_PROPOSAL_UI, base());
    s = proposalEdited(deepFreeze(s), (p) => plotsOut(p, ['A'], T1));
    expect(currentProposal(s)!.changes).toHaveLength(1);
    s = proposalUndone(deepFreeze(s));
    expect(currentProposal(s)!.changes).toHaveLength(0);
    s = proposalRedone(deepFreeze(s));
    expect(currentProposal(s)!.changes).toHaveLength(1);
    const r1 = evaluationRequested(s);
    const r2 = evaluationRequested(r1);
    const stale = { requestId: r1.requestId } as ProposalEvaluation;
    expect(evaluationArrived(r2, stale)).toBe(r2);
    const fresh = { requestId: r2.requestId } as ProposalEvaluation;
    expect(evaluationArrived(r2, fresh).evaluation).toBe(fresh);
    expect(modeClosed(s)).toMatchObject({ open: false, history: null, evaluation: null });
    expect(proposalEdited(INITIAL_PROPOSAL_UI, (p) => p)).toBe(INITIAL_PROPOSAL_UI);
  });
});
