import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, toggleSubpark, toggleFlag, setRange, removeRange, clearFilters, isFilterActive, type FilterState } from '../../web/stores/filterStore.ts';
import { INITIAL_VIEW, setTheme, setNumericField, toggleExtrusion } from '../../web/stores/viewStore.ts';
import { INITIAL_ANALYSIS, analysisRequested, analysisFinished, analysisProgressed, setParam } from '../../web/stores/analysisStore.ts';
import { INITIAL_UI, toggleLanguage, selectRow } from '../../web/stores/uiStore.ts';
import type { AnalysisPayload } from '../../web/worker/protocol.ts';

function frozen<T>(value: T): T {
  return Object.freeze(value);
}

describe('filter updaters', () => {
  const start = frozen<FilterState>({ ...EMPTY_FILTERS, ranges: [] });
  it('toggle items in and out without mutating the state', () => {
    const a = toggleSubpark(start, 'zizhu');
    expect(a.subparks).toEqual(['zizhu']);
    expect(toggleSubpark(frozen(a), 'zizhu').subparks).toEqual([]);
    expect(toggleFlag(start, 'weak').flags).toEqual(['weak']);
    expect(isFilterActive(start)).toBe(false);
    expect(isFilterActive(a)).toBe(true);
  });
  it('replace a range of the same field and remove it', () => {
    const a = setRange(start, { field: 'far', min: 0, max: 1 });
    const b = setRange(frozen(a), { field: 'far', min: 0.5, max: null });
    expect(b.ranges).toEqual([{ field: 'far', min: 0.5, max: null }]);
    expect(removeRange(frozen(b), 'far').ranges).toEqual([]);
    expect(clearFilters(b)).toEqual({ ...EMPTY_FILTERS, ranges: [] });
  });
});

describe('view and ui updaters', () => {
  it('switch theme, numeric field and extrusion', () => {
    const v = frozen({ ...INITIAL_VIEW });
    expect(setTheme(v, 'flags').theme).toBe('flags');
    expect(setNumericField(v, 'tax')).toMatchObject({ theme: 'numeric', numericField: 'tax' });
    expect(toggleExtrusion(v).extrusion).toBe('height');
  });
  it('switch language and selection', () => {
    const u = frozen({ ...INITIAL_UI });
    expect(toggleLanguage(u).language).toBe('en');
    expect(selectRow(u, 5).selectedRow).toBe(5);
  });
});

describe('analysis updaters: the latest request wins', () => {
  it('drops progress and results of stale requests', () => {
    const s0 = frozen({ ...INITIAL_ANALYSIS });
    const s1 = analysisRequested(s0);
    const s2 = analysisRequested(frozen(s1));
    expect(s2.requestId).toBe(s1.requestId + 1);
    const stale = { requestId: s1.requestId } as AnalysisPayload;
    expect(analysisFinished(s2, stale)).toBe(s2);
    expect(analysisProgressed(s2, { requestId: s1.requestId, stage: 'blocks', fraction: 0.5 })).toBe(s2);
    const fresh = { requestId: s2.requestId } as AnalysisPayload;
    expect(analysisFinished(s2, fresh)).toMatchObject({ running: false, result: fresh });
  });
  it('sets one parameter', () => {
    const s = setParam(frozen({ ...INITIAL_ANALYSIS }), 'joinDistanceM', 80);
    expect(s.params.joinDistanceM).toBe(80);
    expect(INITIAL_ANALYSIS.params.joinDistanceM).toBe(50);
  });
});
