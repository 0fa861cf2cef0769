import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.ts';

describe('parktwin analyze --threads', () => {
  it('writes the same report from worker threads as from one thread (the 15 MB sample: four batches over two workers)', async () => {
    const args = ['analyze', 'data/sample/plots.geojson', '--as-of', '2026-06-30', '--format', 'csv', '--quiet'];
    const [one, two] = await Promise.all([runCli([...args, '--threads', '1']), runCli([...args, '--threads', '2'])]);
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(one.stdout.length).toBeGreaterThan(1_000_000);
    expect(two.stdout.equals(one.stdout)).toBe(true);
  }, 60_000);

  it('reads a file again on one thread when a line holds two features, with the one-thread report (and never takes lines unscanned from standard input)', async () => {
    const lines = readFileSync('data/sample/plots.geojson', 'utf8').split('\n');
    // Line 1 opens the collection; put two features on one line in the middle.
    const at = 300;
    lines.splice(at, 2, `${lines[at].replace(/,$/, '')} ${lines[at + 1]}`);
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-threads-'));
    try {
      const file = join(dir, 'plots.geojson');
      writeFileSync(file, lines.join('\n'));
      const args = ['analyze', file, '--as-of', '2026-06-30', '--quiet'];
      const [one, two] = await Promise.all([runCli([...args, '--threads', '1']), runCli([...args, '--threads', '2'])]);
      expect([one.code, two.code, two.stderr]).toEqual([0, 0, '']);
      const report = JSON.parse(one.stdout.toString('utf8')) as { issues: { code: string }[] };
      // The byte scan cuts the line into its two features; the report says so (no malformed line).
      expect(report.issues.map((i) => i.code)).not.toContain('malformed-json');
      expect(two.stdout.equals(one.stdout)).toBe(true);
      const piped = await runCli(['analyze', '-', '--as-of', '2026-06-30', '--quiet', '--threads', '2'], { stdin: readFileSync(file) });
      expect(piped.code).toBe(0);
      expect(JSON.parse(piped.stdout.toString('utf8')).issues).toEqual(report.issues);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
