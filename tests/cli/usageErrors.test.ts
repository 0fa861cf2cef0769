import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './runCli.ts';
import { runMain } from './mainInProcess.ts';

const fixture = (name: string) => join(FIXTURES, name);
const PLOTS = fixture('zizhu-small.geojson');

describe('parktwin usage and input errors (in process)', () => {
  const failures: [string, string[], RegExp][] = [
    ['a directory', ['analyze', FIXTURES], /cannot read .*: it is a directory/],
    ['a truncated file', ['analyze', fixture('truncated.geojson')], /cannot read .*truncated\.geojson: the file ends inside feature 1/],
    ['JSON that is not GeoJSON', ['analyze', fixture('object-without-features.json')], /not GeoJSON/],
    ['a parameter of the wrong type', ['analyze', PLOTS, '--config', fixture('params-wrong-type.json')], /"joinDistanceM" must be a non-negative number, got "forty"/],
    ['a parameters file that is not JSON', ['analyze', PLOTS, '--config', fixture('not-geojson.html')], /is not valid JSON/],
    ['a missing parameters file', ['analyze', PLOTS, '--config', fixture('nope.json')], /cannot read the parameters file .*: no such file/],
    ['a badly written date', ['analyze', PLOTS, '--as-of', '30/06/2026'], /--as-of must be a real date/],
    ['an unknown format', ['analyze', PLOTS, '--format', 'xlsx'], /unknown --format "xlsx"/],
    ['an --out folder that does not exist', ['analyze', PLOTS, '--out', '/nonexistent-dir/r.json'], /cannot write .*: its folder does not exist/],
    ['no command', [], /no command given/],
    ['an unknown command', ['analyse', PLOTS], /unknown command "analyse"/],
    ['an unknown option', ['analyze', PLOTS, '--frobnicate'], /unknown option --frobnicate/],
    ['a missing option value', ['analyze', PLOTS, '--as-of'], /--as-of/],
    ['no plots file', ['analyze'], /needs a plots file/],
    ['two files', ['analyze', PLOTS, PLOTS], /takes one plots file/],
    ['a thread count of 0', ['analyze', PLOTS, '--threads', '0'], /--threads must be a whole number from 1 to 64, got "0"/],
    ['a thread count that is not a number', ['analyze', PLOTS, '--threads', 'many'], /--threads must be a whole number/],
  ];
  for (const [what, args, pattern] of failures) {
    it(`returns 2 with one line for ${what}`, async () => {
      const run = await runMain(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^parktwin: /);
      expect(lines[0]).toMatch(pattern);
    });
  }

  it('chooses CSV for an --out file ending in .csv', async () => {
    const { parseCliArgs } = await import('../../scripts/cli/args.ts');
    expect(parseCliArgs(['analyze', 'x.geojson', '--out', 'R.CSV'])).toMatchObject({ format: 'csv' });
    expect(parseCliArgs(['analyze', 'x.geojson', '--out', 'r.json'])).toMatchObject({ format: 'json' });
    expect(parseCliArgs(['analyze', 'x.geojson', '--out', 'r.csv', '--format', 'json'])).toMatchObject({ format: 'json' });
  });
});
