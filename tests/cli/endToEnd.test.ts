import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './runCli.ts';

interface PlotRow {
  id: string;
  flags: string[];
  explanations?: { flag: string; en: string }[];
}

/** Flags the fixture was drawn to raise (tests/fixtures/io/README.md), as of 2026-06-30. */
const EXPECTED_FLAGS: Record<string, string[]> = {
  'ZZ-001': ['low-far', 'mixed-use-over-30'],
  'ZZ-002': [],
  'ZZ-003': ['evaluation-failed', 'removal-candidate', 'scattered-block', 'small-block', 'weak'],
  'ZZ-004': ['idle-land'],
  'ZZ-005': ['approved-unsupplied'],
  'ZZ-006, "东区"': ['vacant-building'],
  '=ZZ-007': [],
};

describe('parktwin analyze end to end', () => {
  it('flags the fixture plots as drawn, with blocks and consolidation groups', async () => {
    const run = await runCli(['analyze', join(FIXTURES, 'zizhu-small.geojson'), '--as-of', '2026-06-30', '--quiet']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.toString('utf8'));
    const flags = Object.fromEntries(report.plots.map((p: PlotRow) => [p.id, p.flags]));
    expect(flags).toEqual(EXPECTED_FLAGS);
    const main = report.blocks.find((b: { isMain: boolean }) => b.isMain);
    expect(main.plotIds).toHaveLength(6);
    expect(report.blocks).toHaveLength(2);
    expect(report.consolidation.map((g: { plotIds: string[] }) => g.plotIds)).toEqual([['ZZ-004', 'ZZ-005'], ['ZZ-006, "东区"']]);
    expect(report.subparks).toHaveLength(1);
    expect(report.subparks[0].plotCount).toBe(7);
  });

  it('reports the malformed feature in issues and analyses the rest', async () => {
    const run = await runCli(['analyze', join(FIXTURES, 'malformed-middle.geojson'), '--as-of', '2026-06-30']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.toString('utf8'));
    expect(report.plots.map((p: PlotRow) => p.id)).toEqual(['ZZ-001', 'ZZ-002', 'ZZ-004']);
    expect(report.issues).toEqual([
      expect.objectContaining({ index: 2, id: 'ZZ-003', severity: 'error', code: 'malformed-json', field: null }),
    ]);
    expect(run.stderr).toMatch(/3 plots analysed \(1 of 4 features left out\), 1 issues \(1 errors\)/);
  });

  it('explains each flag with --explain', async () => {
    const run = await runCli(['analyze', join(FIXTURES, 'zizhu-small.geojson'), '--as-of', '2026-06-30', '--explain', '--quiet']);
    const report = JSON.parse(run.stdout.toString('utf8'));
    const plot = report.plots.find((p: PlotRow) => p.id === 'ZZ-001') as PlotRow;
    expect(plot.explanations?.map((e) => e.flag).sort()).toEqual(['low-far', 'mixed-use-over-30']);
    expect(plot.explanations?.every((e) => e.en.length > 0)).toBe(true);
  });
});
