import { describe, expect, it } from 'vitest';
import { FLAG_BIT, FLAG_NAMES, LAND_USE_CATEGORIES, DEFAULT_PARAMS } from '../../src/index.ts';
import { plotMaskOf, vertexFilterValuesOf, flaggedShownRowsOf } from '../../web/filters/plotMask.ts';
import { plotColorsOfTheme, vertexColorsOfPlots, farClassOf, classOfValue, packedOfRgba } from '../../web/themes/plotColors.ts';
import { CATEGORY_RGBA } from '../../web/themes/palette.ts';
import { EMPTY_FILTERS } from '../../web/stores/filterStore.ts';
import type { AnalysisPlotColumns, ColumnPayload, StaticPlotColumns } from '../../web/worker/protocol.ts';

const IND = LAND_USE_CATEGORIES.indexOf('industrial');
const RND = LAND_USE_CATEGORIES.indexOf('rnd');
const GREEN = LAND_USE_CATEGORIES.indexOf('green');

const columns: StaticPlotColumns = {
  subparkIndex: Uint16Array.from([0, 0, 1, 1]),
  landUseCategory: Uint8Array.from([IND, RND, GREEN, IND]),
  landStatus: Uint8Array.from([0, 1, 0, 0]),
  heightM: Float32Array.from([10, 20, NaN, 30]),
  gfaAboveM2: Float32Array.from([100, 200, NaN, 300]),
};
const analysis: AnalysisPlotColumns = {
  flags: Uint16Array.from([FLAG_BIT.weak | FLAG_BIT['small-block'], 0, FLAG_BIT['low-far'], 0]),
  far: Float32Array.from([1, 3, NaN, 2]),
  areaM2: Float32Array.from([10, 20, 30, 40]),
  potentialGfaM2: new Float32Array(4).fill(NaN),
  blockIndex: Int32Array.from([0, 0, 1, 1]),
  groupIndex: Int32Array.from([-1, -1, -1, -1]),
  evalStatus: Uint8Array.from([3, 1, 0, 2]),
};
const base = { count: 4, subparkKeys: ['a', 'b'], columns, analysis, rangeColumns: {} };

describe('plot mask', () => {
  it('shows everything without filters, with counts per flag and sub-park', () => {
    const m = plotMaskOf({ ...base, filters: { ...EMPTY_FILTERS, ranges: [] } });
    expect([...m.mask]).toEqual([1, 1, 1, 1]);
    expect(m.flaggedShownCount).toBe(2);
    expect(m.flagCounts[FLAG_NAMES.indexOf('weak')]).toBe(1);
    expect(m.subparkCounts).toEqual([2, 2]);
    expect(m.shownAreaM2).toBe(100);
  });
  it('combines sub-park, category, status, flag and range filters', () => {
    expect([...plotMaskOf({ ...base, filters: { ...EMPTY_FILTERS, subparks: ['b'], ranges: [] } }).mask]).toEqual([0, 0, 1, 1]);
    expect([...plotMaskOf({ ...base, filters: { ...EMPTY_FILTERS, categories: ['industrial'], ranges: [] } }).mask]).toEqual([1, 0, 0, 1]);
    expect([...plotMaskOf({ ...base, filters: { ...EMPTY_FILTERS, statuses: [1], ranges: [] } }).mask]).toEqual([0, 1, 0, 0]);
    expect([...plotMaskOf({ ...base, filters: { ...EMPTY_FILTERS, flags: ['weak', 'low-far'], ranges: [] } }).mask]).toEqual([1, 0, 1, 0]);
    const far: ColumnPayload = { field: 'far', values: analysis.far, breaks: [], min: 1, max: 3, finiteCount: 3 };
    const ranged = plotMaskOf({ ...base, rangeColumns: { far }, filters: { ...EMPTY_FILTERS, ranges: [{ field: 'far', min: 1.5, max: 3 }] } });
    expect([...ranged.mask]).toEqual([0, 1, 0, 1]);
  });
  it('spreads over vertices and lists flagged shown rows', () => {
    const starts = Uint32Array.from([0, 2, 5, 6, 8]);
    expect([...vertexFilterValuesOf(Uint8Array.from([1, 0, 1, 0]), starts)]).toEqual([1, 1, 0, 0, 0, 1, 0, 0]);
    expect([...flaggedShownRowsOf(Uint8Array.from([1, 1, 0, 1]), analysis.flags)]).toEqual([0]);
  });
});

describe('theme colours', () => {
  it('colours land use by category and spreads colours over vertices', () => {
    const colors = plotColorsOfTheme({ theme: 'landUse', count: 4, columns, analysis: null, params: DEFAULT_PARAMS, column: null });
    expect(colors[0]).toBe(packedOfRgba(CATEGORY_RGBA[IND]));
    const rgba = vertexColorsOfPlots(colors, Uint32Array.from([0, 1, 3, 4, 5]));
    expect([...rgba.subarray(4, 8)]).toEqual(CATEGORY_RGBA[RND]);
  });
  it('classes FAR against the target of the category; exactly at target meets it', () => {
    expect(farClassOf(2, IND, DEFAULT_PARAMS)).toBe(3);
    expect(farClassOf(1.99, IND, DEFAULT_PARAMS)).toBe(2);
    expect(farClassOf(2, RND, DEFAULT_PARAMS)).toBe(1);
    expect(farClassOf(0.5, GREEN, DEFAULT_PARAMS)).toBe(4);
    expect(classOfValue(5, [1, 5, 10])).toBe(2);
  });
});
