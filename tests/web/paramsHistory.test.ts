import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, type AnalysisParams } from '../../src/index.ts';
import { EMPTY_HISTORY, changedKey, recordEdit, redo, undo } from '../../web/stores/paramsHistory.ts';

const with_ = (patch: Partial<AnalysisParams>): AnalysisParams => ({ ...DEFAULT_PARAMS, ...patch });

describe('rule-edit history', () => {
  it('undoes and redoes edits in order, and a new edit clears what could be redone', () => {
    const a = with_({}), b = with_({ joinDistanceM: 40 }), c = with_({ joinDistanceM: 40, weakYears: 3 });
    let h = recordEdit(EMPTY_HISTORY, a, 'joinDistanceM', 0);
    h = recordEdit(h, b, 'weakYears', 10_000);
    const back = undo(h, c)!;
    expect(back.params).toEqual(b);
    const backAgain = undo(back.history, back.params)!;
    expect(backAgain.params).toEqual(a);
    expect(undo(backAgain.history, a)).toBeNull();
    const forward = redo(backAgain.history, a)!;
    expect(forward.params).toEqual(b);
    const branched = recordEdit(forward.history, b, 'idleYears', 20_000);
    expect(redo(branched, with_({ joinDistanceM: 40, idleYears: 2 }))).toBeNull();
  });

  it('makes keystrokes in one field one step, but not edits of different fields or far apart', () => {
    const h1 = recordEdit(recordEdit(recordEdit(EMPTY_HISTORY, with_({}), 'joinDistanceM', 0), with_({ joinDistanceM: 1 }), 'joinDistanceM', 300), with_({ joinDistanceM: 12 }), 'joinDistanceM', 600);
    expect(h1.past).toHaveLength(1);
    const h2 = recordEdit(h1, with_({ joinDistanceM: 120 }), 'weakYears', 700);
    expect(h2.past).toHaveLength(2);
    const h3 = recordEdit(h2, with_({}), 'weakYears', 10_000);
    expect(h3.past).toHaveLength(3);
  });

  it('names the single changed parameter, or * for several', () => {
    expect(changedKey(with_({}), with_({ weakYears: 3 }))).toBe('weakYears');
    expect(changedKey(with_({ weakYears: 3, idleYears: 2 }), with_({}))).toBe('*');
    expect(changedKey(with_({}), with_({}))).toBeNull();
  });
});
