import { describe, expect, it } from 'vitest';
import { jsonReportChunks } from '../../src/report/index.ts';
import { DEFAULT_PARAMS } from '../../src/schema/index.ts';
import { zizhuResult } from './zizhuResult.ts';
import { analyze } from '../../src/index.ts';
import { tableOf } from '../helpers/tableOf.ts';

interface PlotRow {
  id: string;
  flags: string[];
  far: number | null;
  otherShare: number | null;
  areaM2: number;
  blockId: string;
  explanations?: unknown;
}

describe('jsonReportChunks', () => {
  it('writes every contract key and the plots with sorted flags', async () => {
    const { table, result } = await zizhuResult();
    const report = JSON.parse([...jsonReportChunks(table, result)].join(''));
    expect(Object.keys(report)).toEqual(['schemaVersion', 'asOf', 'params', 'plots', 'blocks', 'subparks', 'total', 'consolidation', 'issues']);
    expect(report.asOf).toBe('2026-06-30');
    expect(report.params).toEqual(DEFAULT_PARAMS);
    const byId = new Map<string, PlotRow>(report.plots.map((p: PlotRow) => [p.id, p]));
    expect(Object.keys(report.plots[0])).toEqual([
      'id', 'subparkId', 'areaM2', 'blockId', 'far', 'otherShare', 'amenityShare', 'potentialGfaM2', 'flags',
    ]);
    expect(byId.get('ZZ-001')?.flags).toEqual(['low-far', 'mixed-use-over-30']);
    expect(byId.get('ZZ-002')?.flags).toEqual([]);
    expect(byId.get('ZZ-003')?.flags).toEqual(['evaluation-failed', 'removal-candidate', 'scattered-block', 'small-block', 'weak']);
    expect(byId.get('=ZZ-007')?.far).toBeNull();
    for (const p of report.plots as PlotRow[]) expect(p.flags).toEqual([...p.flags].sort());
    const blockIds = new Set(report.blocks.map((b: { id: string }) => b.id));
    for (const p of report.plots as PlotRow[]) expect(blockIds.has(p.blockId)).toBe(true);
    expect(Object.keys(report.blocks[0])).toEqual(['id', 'subparkId', 'plotIds', 'areaM2', 'isMain', 'distanceToMainM']);
    expect(report.consolidation[0].plotIds).toEqual(['ZZ-004', 'ZZ-005']);
    expect(report.subparks[0].subparkId).toBe('zizhu');
  });

  it('rounds areas and distances to 0.01 but writes shares and FAR in full', async () => {
    const { table, result } = await zizhuResult();
    result.plots.otherShare[0] = 0.30000000000000004;
    result.plots.areaM2[0] = 90000.123456;
    result.blocks[0].distanceToMainM = 12.3456;
    const report = JSON.parse([...jsonReportChunks(table, result)].join(''));
    expect(report.plots[0].otherShare).toBe(0.30000000000000004);
    expect(report.plots[0].areaM2).toBe(90000.12);
    expect(report.blocks[0].distanceToMainM).toBe(12.35);
  });

  it('writes subparkId and blockId null for a plot outside every sub-park, and no sub-park row for it', () => {
    const square = (x: number) => [[[121.6 + x, 31.2], [121.601 + x, 31.2], [121.601 + x, 31.201], [121.6 + x, 31.201], [121.6 + x, 31.2]]];
    const { table } = tableOf([
      { type: 'Feature', properties: { id: 'in', subparkId: 'sp', landUse: 'M1' }, geometry: { type: 'Polygon', coordinates: square(0) } },
      { type: 'Feature', properties: { id: 'out', subparkId: null, landUse: 'M1' }, geometry: { type: 'Polygon', coordinates: square(0.002) } },
    ]);
    const result = analyze(table, { asOf: '2026-07-31' });
    const report = JSON.parse([...jsonReportChunks(table, result)].join(''));
    expect(report.plots.map((p: PlotRow & { subparkId: string | null }) => [p.id, p.subparkId, p.blockId])).toEqual([
      ['in', 'sp', 'sp/B1'],
      ['out', null, null],
    ]);
    expect(report.subparks.map((s: { subparkId: string }) => s.subparkId)).toEqual(['sp']);
    expect(report.total.plotCount).toBe(2);
  });

  it('writes NaN as null and reports issues with every field', async () => {
    const { table, result } = await zizhuResult();
    result.plots.far[1] = NaN;
    result.issues.push({ index: 3, id: 'x', severity: 'warning', code: 'some-code', field: 'gfaAboveM2', message: 'A message.' });
    const report = JSON.parse([...jsonReportChunks(table, result)].join(''));
    expect(report.plots[1].far).toBeNull();
    expect(report.issues.at(-1)).toEqual({ index: 3, id: 'x', severity: 'warning', code: 'some-code', field: 'gfaAboveM2', message: 'A message.' });
  });

  it('adds explanations per plot when asked', async () => {
    const { table, result } = await zizhuResult();
    const report = JSON.parse([...jsonReportChunks(table, result, { explain: (row) => [{ row }] })].join(''));
    expect(report.plots[2].explanations).toEqual([{ row: 2 }]);
  });

  it('streams in pieces of modest size', async () => {
    const { table, result } = await zizhuResult();
    // Pieces of about 1 Mi characters (ChunkedText): 20,000 issues of ~150 characters make several.
    const many = { ...result, issues: Array.from({ length: 20_000 }, (_, i) => ({ ...result.issues[0], index: i, id: null, severity: 'warning' as const, code: 'c', field: null, message: 'm'.repeat(40) })) };
    const pieces = [...jsonReportChunks(table, many)];
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(piece.length).toBeLessThan(1.1 * 1024 * 1024);
    expect(JSON.parse(pieces.join('')).issues).toHaveLength(20_000);
  });
});
