import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './runCli.ts';

/** Hand-computed sizes: see tests/quality/writeQualityFixture.ts. */
const PLOTS = join(REPO, 'tests/fixtures/browser/plots-quality.geojson');

interface Finding {
  kind: string;
  severity: string;
  code: string;
  plotIds: (string | null)[];
  indexes: number[];
  measure: number;
  unit: string;
  message: string;
}

describe('parktwin analyze: the data-quality report (real process)', () => {
  it('adds a `quality` member after `issues` with every finding, and writes them as CSV with --quality-csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-quality-'));
    const csvPath = join(dir, 'quality.csv');
    const run = await runCli(['analyze', PLOTS, '--as-of', '2026-06-30', '--quiet', '--quality-csv', csvPath]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.toString('utf8')) as { plots: unknown[]; quality: { settings: unknown; counts: Record<string, number>; findings: Finding[] } };
    expect(Object.keys(report).slice(-2)).toEqual(['issues', 'quality']);
    expect(report.plots).toHaveLength(8); // the bow-tie is left out, and listed
    const { settings, counts, findings } = report.quality;
    expect(settings).toEqual({ overlapMinM2: 1, sliverMaxWidthM: 2, overlapListMax: 100000 });
    expect(counts).toEqual({ 'invalid-geometry': 1, 'repaired-geometry': 1, 'duplicate-geometry': 1, overlap: 1, sliver: 1, 'unknown-land-use': 1 });
    const summary = findings.map((f) => [f.kind, f.severity, f.code, f.plotIds, f.indexes, f.unit]);
    expect(summary).toEqual([
      ['invalid-geometry', 'error', 'self-intersection', ['Q-BOW'], [6], 'plots'],
      ['repaired-geometry', 'warning', 'ring-orientation', ['Q-CW'], [7], 'plots'],
      ['duplicate-geometry', 'warning', 'duplicate-geometry', ['Q-C', 'Q-D'], [2, 3], 'm2'],
      ['overlap', 'warning', 'overlap', ['Q-A', 'Q-B'], [0, 1], 'm2'],
      ['sliver', 'warning', 'sliver', ['Q-S'], [4], 'm'],
      ['unknown-land-use', 'warning', 'XX9', ['Q-U'], [5], 'plots'],
    ]);
    const measure = (kind: string) => findings.find((f) => f.kind === kind)!.measure;
    // 40 m × 50 m; 100 m × 80 m; 2 × 200 m² / 402 m. Rounded to 0.01 in the report.
    expect(Math.abs(measure('overlap') - 2000)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(measure('duplicate-geometry') - 8000)).toBeLessThanOrEqual(0.1);
    expect(measure('sliver')).toBeCloseTo(0.995, 1);

    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('kind,severity,code,plotIds,indexes,measure,unit,message');
    expect(lines).toHaveLength(1 + 6 + 1);
    expect(lines[3]).toMatch(/^duplicate-geometry,warning,duplicate-geometry,Q-C;Q-D,2;3,[\d.]+,m2,"2 plots have exactly the same geometry/);
    expect(lines[4]).toMatch(/^overlap,warning,overlap,Q-A;Q-B,0;1,[\d.]+,m2,"plots Q-A and Q-B overlap by/);
    expect(readdirSync(dir)).toEqual(['quality.csv']);
  });

  it('writes --quality-csv next to a CSV report too, and refuses an unwritable path before reading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-quality-'));
    const run = await runCli(['analyze', PLOTS, '--format', 'csv', '--quiet', '--quality-csv', join(dir, 'q.csv'), '--out', join(dir, 'plots.csv')]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'q.csv'), 'utf8')).toContain('overlap,warning,overlap,Q-A;Q-B');
    const bad = await runCli(['analyze', PLOTS, '--quiet', '--quality-csv', join(dir, 'missing-dir', 'q.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^parktwin: cannot write .*q\.csv/);
  });
});
