import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './runCli.ts';
import { shanghaiIsoDay } from '../../src/index.ts';

const fixture = (name: string) => join(FIXTURES, name);
const PLOTS = fixture('zizhu-small.geojson');

/** One line on stderr, starting with "parktwin:", and no stack trace. */
function expectOneLineError(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^parktwin: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('parktwin analyze (real process)', () => {
  it('writes a JSON report with the contract keys on stdout and a summary on stderr, exit 0', async () => {
    const run = await runCli(['analyze', PLOTS, '--as-of', '2026-06-30']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.toString('utf8'));
    expect(Object.keys(report)).toEqual(['schemaVersion', 'asOf', 'params', 'input', 'plots', 'blocks', 'subparks', 'total', 'consolidation', 'issues', 'quality']);
    expect(report.asOf).toBe('2026-06-30');
    expect(report.plots).toHaveLength(7);
    expect(run.stderr).toMatch(/^parktwin: 7 plots analysed, 0 issues \(0 errors\), \d+ flags on \d+ plots, [\d.]+ s\n$/);
  });

  it('writes CSV with a BOM and RFC 4180 quoting to --out, nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-cli-'));
    const out = join(dir, 'report.csv');
    const run = await runCli(['analyze', PLOTS, '--as-of', '2026-06-30', '--out', out, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toBe('');
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n"ZZ-006, ""东区""",zizhu,');
    expect(text).toContain("\r\n'=ZZ-007,zizhu,");
    expect(readdirSync(dir)).toEqual(['report.csv']); // the temporary file was renamed
  });

  it('takes --format csv on stdout and reads standard input with "-"', async () => {
    const run = await runCli(['analyze', '-', '--format', 'csv', '--quiet', '--as-of', '2026-06-30'], { stdin: readFileSync(fixture('zizhu-small.ndjson')) });
    expect(run.code).toBe(0);
    expect([...run.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(run.stdout.toString('utf8').split('\r\n')).toHaveLength(1 + 7 + 1);
  });

  it('applies a partial --config and lists every parameter in force', async () => {
    const run = await runCli(['analyze', PLOTS, '--config', fixture('params-partial.json'), '--quiet']);
    expect(run.code).toBe(0);
    const { params } = JSON.parse(run.stdout.toString('utf8'));
    expect(params.joinDistanceM).toBe(40);
    expect(params.farTargetIndustrial).toBe(1.8);
    expect(Object.keys(params)).toHaveLength(14);
  });

  it('defaults --as-of to today in Shanghai, whatever the machine\'s time zone', async () => {
    // Before and after the run: the run may straddle midnight in Shanghai.
    const before = shanghaiIsoDay(new Date());
    const run = await runCli(['analyze', fixture('empty-collection.geojson'), '--quiet']);
    const after = shanghaiIsoDay(new Date());
    expect(run.code).toBe(0);
    expect([before, after]).toContain(JSON.parse(run.stdout.toString('utf8')).asOf);
  });

  // As real processes: the failures a user meets most.
  const failures: [string, string[], RegExp][] = [
    ['a missing file', ['analyze', fixture('missing.geojson')], /cannot read .*missing\.geojson: no such file$/],
    ['an HTML page', ['analyze', fixture('not-geojson.html')], /cannot read .*not-geojson\.html: it is an HTML page/],
    ['an unknown parameter', ['analyze', PLOTS, '--config', fixture('params-unknown-key.json')], /unknown parameter "joinDistance" \(known: joinDistanceM, .*balanceToleranceM2\)/],
    ['an impossible date', ['analyze', PLOTS, '--as-of', '2026-02-30'], /--as-of must be a real date/],
  ];
  for (const [what, args, pattern] of failures) {
    it(`exits 2 with one line on stderr for ${what}`, async () => {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout.length).toBe(0);
      expectOneLineError(run.stderr, pattern);
    });
  }

  it('leaves no report file behind when the input cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-cli-'));
    const run = await runCli(['analyze', fixture('truncated.geojson'), '--out', join(dir, 'r.json')]);
    expect(run.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
  });

  it('prints help and version with exit 0', async () => {
    for (const args of [['--help'], ['help'], ['analyze', '--help']]) {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout.toString()).toMatch(/Usage:[\s\S]*Exit status:/);
    }
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.toString()).toMatch(/^parktwin \d+\.\d+\.\d+\n$/);
  });
});
