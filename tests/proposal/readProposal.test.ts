import { describe, expect, it } from 'vitest';
import { proposalJson, readProposal, type Proposal } from '../../src/index.ts';
import { deepFreeze } from '../helpers/deepFreeze.ts';
import { CASE_PROPOSAL } from './proposalCase.ts';

const codes = (json: unknown) => readProposal(json).issues.map((i) => `${i.change} ${i.severity} ${i.code} ${i.field}`);

describe('readProposal', () => {
  it('reads a well-formed proposal with no issues about its envelope', () => {
    const read = readProposal(deepFreeze(structuredClone(CASE_PROPOSAL)));
    expect(read.proposal?.id).toBe('case-1');
    expect(read.proposal?.title).toBe('张江A区调整方案');
    expect(read.proposal?.state).toBe('draft');
    expect(read.proposal?.changes).toHaveLength(12);
    expect(read.proposal?.comments).toEqual(CASE_PROPOSAL.comments);
    expect(read.issues.filter((i) => i.change === -1)).toEqual([]);
    expect(read.issues.map((i) => [i.change, i.code])).toEqual([[10, 'duplicate-plot-in-change']]);
  });

  it('never throws, and says why a value is not a proposal', () => {
    for (const value of [null, 42, 'text', [], { schema: 'parktwin-proposal/2', changes: [] }, { schema: 'other', changes: [] }, { schema: 'parktwin-proposal/1', id: 'x', title: 't', state: 'draft' }]) {
      const read = readProposal(value);
      expect(read.proposal).toBeNull();
      expect(read.issues[0].severity).toBe('error');
    }
    expect(readProposal({ schema: 'parktwin-proposal/2', changes: [] }).issues[0].message).toMatch(/newer ParkTwin/);
  });

  it('reports every problem in one pass and keeps what it can', () => {
    const json = {
      schema: 'parktwin-proposal/1',
      title: '',
      state: 'pending',
      createdAt: 'yesterday',
      baseline: { plotCount: -1, sha256: 'abc' },
      comments: [{ at: '2026-12-01', author: 'x' }, { text: '保留' }],
      extra: 1,
      changes: [
        { op: 'move', plotIds: ['a'] },
        { op: 'remove', plotIds: [] },
        { op: 'assign', plotIds: ['a', 7] },
        'remove a',
        { op: 'add' },
        { op: 'remove', plotIds: ['a'], reason: 5 },
      ],
    };
    const read = readProposal(json);
    expect(codes(json)).toEqual([
      '-1 warning unknown-member extra',
      '-1 error missing-id id',
      '-1 error missing-title title',
      '-1 error invalid-state state',
      '-1 warning invalid-date-time createdAt',
      '-1 warning invalid-baseline baseline',
      '-1 warning invalid-comment comments[0]',
      '0 error unknown-op op',
      '1 error invalid-change plotIds',
      '2 error invalid-change plotIds',
      '2 error invalid-change to',
      '3 error invalid-change null',
      '4 error invalid-change feature',
      '5 warning invalid-reason reason',
    ]);
    expect(read.proposal?.state).toBe('draft');
    expect(read.proposal?.comments).toEqual([{ at: '', author: '', text: '保留' }]);
    // Unreadable changes are kept as written, so saving the proposal again loses nothing.
    expect(read.proposal?.changes[0]).toEqual({ op: 'unreadable', raw: json.changes[0] });
    expect(read.proposal?.changes[5]).toEqual({ op: 'remove', plotIds: ['a'] });
  });
});

describe('proposalJson', () => {
  it('writes back what it read, unreadable changes included', () => {
    const json = { ...structuredClone(CASE_PROPOSAL), changes: [...structuredClone(CASE_PROPOSAL.changes), { op: 'move', plotIds: ['x'] }] };
    const read = readProposal(json);
    expect(proposalJson(read.proposal as Proposal)).toEqual(json);
    expect(readProposal(JSON.parse(JSON.stringify(proposalJson(read.proposal as Proposal)))).proposal).toEqual(read.proposal);
  });
});
