import { describe, expect, it } from 'vitest';
import { rowsWithMark, drawnLandOf } from '../../web/proposal/proposalLayers.ts';
import { proposalBoundsOf } from '../../web/proposal/proposalBounds.ts';
import { MARK_IN, MARK_OUT } from '../../web/worker/proposalProtocol.ts';
import { newProposal, landAdded, plotsOut } from '../../web/proposal/proposalUpdaters.ts';
import type { PlotGeometry } from '../../web/worker/plotGeometry.ts';
import { proposalLegendEntries } from '../../web/proposal/proposalLegendEntries.ts';

const T = '2026-12-02T10:00:00Z';

describe('proposal marks on the map', () => {
  it('go under the drawing handles by the same layer id the map tools name', async () => {
    const { MAP_TOOL_BOTTOM_LAYER_ID } = await import('../../web/proposal/draw/mountMapTools.ts');
    const { TOOL_BOTTOM_LAYER_ID } = await import('../../web/proposal/proposalStyle.ts');
    expect(TOOL_BOTTOM_LAYER_ID).toBe(MAP_TOOL_BOTTOM_LAYER_ID);
  });

  it('rows by mark, from the worker byte per plot', () => {
    const marks = Uint8Array.from([0, MARK_OUT, MARK_IN, MARK_OUT, 0]);
    expect(Array.from(rowsWithMark(marks, MARK_OUT))).toEqual([1, 3]);
    expect(Array.from(rowsWithMark(marks, MARK_IN))).toEqual([2]);
    // With the marked rows the worker sends, only those are read.
    expect(Array.from(rowsWithMark(marks, MARK_OUT, Uint32Array.from([1, 2, 3])))).toEqual([1, 3]);
    expect(proposalLegendEntries(marks, 0, (k) => k, Uint32Array.from([1, 2, 3]))[0].label).toBe('proposal.legendOut 2');
  });

  it('drawn land: the polygons of add changes only; bounds over marked plots and drawn land', () => {
    const square = { type: 'Feature' as const, properties: { id: 'NEW-1' }, geometry: { type: 'Polygon' as const, coordinates: [[[121.3, 31.3], [121.31, 31.3], [121.31, 31.31], [121.3, 31.3]]] } };
    const p = landAdded(plotsOut(newProposal({ id: 'a', title: 'a', subparkId: 's', author: 'x', now: T }), ['P1'], T), square, T);
    const drawn = drawnLandOf(p);
    expect(drawn.features).toHaveLength(1);
    const geometry = { bounds: Float64Array.from([121.0, 31.0, 121.1, 31.1, 121.5, 31.5, 121.6, 31.6]) } as unknown as PlotGeometry;
    expect(proposalBoundsOf(geometry, Uint8Array.from([MARK_OUT, 0]), drawn)).toEqual([121.0, 31.0, 121.31, 31.31]);
    expect(proposalBoundsOf(geometry, Uint8Array.from([0, 0]), { type: 'FeatureCollection', features: [] })).toBeNull();
  });

  it('print legend: out, in and drawn with their counts, in the map colours', () => {
    const entries = proposalLegendEntries(Uint8Array.from([MARK_OUT, 0, MARK_IN, MARK_OUT]), 1, (k) => k);
    expect(entries.map((e) => e.label)).toEqual(['proposal.legendOut 2', 'proposal.legendIn 1', 'proposal.legendDrawn 1']);
    expect(new Set(entries.map((e) => e.color)).size).toBe(3);
    expect(proposalLegendEntries(null, 0, (k) => k).map((e) => e.label)).toEqual(['proposal.legendOut 0', 'proposal.legendIn 0', 'proposal.legendDrawn 0']);
  });
});
