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
});
