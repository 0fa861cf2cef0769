/**
 * The command line as a user runs it: start-up (`parktwin --version`, built bundle and, for
 * reference, the TypeScript sources under tsx) and `parktwin analyze <plots> --out FILE` (JSON
 * report with the quality findings) per size, each a fresh process: wall and CPU seconds, peak
 * RSS (through /usr/bin/time when present). Prints each figure next to the stored baseline
 * (scripts/bench/baselines/cli.json, the release before the bundled CLI and the byte reader) and
 * the ratio. Sizes: `--sizes 100000,1000000` (default 100k). Targets (issue 11): file to report
 * ~1.3 s at 100k and ~10 s at 1M (6× PostGIS 3.3 on this machine), peak memory < 2 GB at 1M.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSyntheticPlots } from '../synthetic/writeSyntheticFile.ts';
import { benchSizes } from './lib/sizes.ts';
import { count, textTable } from './lib/table.ts';

interface RunFigures {
  wallSeconds: number;
  cpuSeconds: number | null;
  peakRssMb: number | null;
}

interface Baseline {
  note: string;
  startupSeconds: number;
  analyze: Record<string, RunFigures>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TIME = '/usr/bin/time';
const BASELINE = fileURLToPath(new URL('./baselines/cli.json', import.meta.url));

/** Runs node with `args` from the repository root; its wall time, and CPU and peak RSS when /usr/bin/time is there. */
function timed(args: string[]): RunFigures {
  const withTime = existsSync(TIME);
  const started = performance.now();
  const run = withTime
    ? spawnSync(TIME, ['-f', 'PARKTWIN_TIME %U %S %M', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const line = /PARKTWIN_TIME (\S+) (\S+) (\d+)/.exec(run.stderr ?? '');
  return {
    wallSeconds,
    cpuSeconds: line ? Number(line[1]) + Number(line[2]) : null,
    peakRssMb: line ? Number(line[3]) / 1024 : null,
  };
}

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fixed = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? '–' : value.toFixed(digits));
/** "now (baseline, ×ratio)": a ratio above 1 is faster / smaller than the baseline. */
function versus(now: number | null, before: number | null | undefined, digits = 2): string {
  if (now === null) return '–';
  if (before === null || before === undefined) return fixed(now, digits);
  return `${fixed(now, digits)} (${fixed(before, digits)}, ×${(before / now).toFixed(1)})`;
}

const argv = process.argv.slice(2);
const sizes = argv.some((a) => a.startsWith('--sizes')) || process.env.BENCH_SIZES ? benchSizes(argv) : [100_000];
const baseline = existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline) : undefined;

spawnSync(process.execPath, ['scripts/build/buildCli.mjs'], { cwd: ROOT, stdio: 'inherit' });
const bundled = median([1, 2, 3].map(() => timed(['dist-cli/cli.mjs', '--version']).wallSeconds));
const tsx = median([1, 2, 3].map(() => timed(['--import', 'tsx', 'scripts/cli.ts', '--version']).wallSeconds));
console.log(`\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine (figures are wall clock; CPU time is steadier when it is shared)\n`);
console.log(`start-up (parktwin --version, median of 3): bundle ${versus(bundled, baseline?.startupSeconds)} s; from TypeScript under tsx ${fixed(tsx)} s\n`);

const rows: string[][] = [];
for (const plots of sizes) {
  const file = await ensureSyntheticPlots({ plots, onProgress: (n) => process.stderr.write(`\rgenerating ${count(n)} plots…`) });
  const out = join(tmpdir(), `parktwin-bench-cli-${process.pid}.json`);
  process.stderr.write(`analysing ${count(plots)} plots…\n`);
  const run = timed(['dist-cli/cli.mjs', 'analyze', file.path, '--as-of', '2026-06-30', '--quiet', '--out', out]);
  rmSync(out, { force: true });
  const before = baseline?.analyze[String(plots)];
  rows.push([count(plots), versus(run.wallSeconds, before?.wallSeconds), versus(run.cpuSeconds, before?.cpuSeconds), versus(run.peakRssMb, before?.peakRssMb, 0)]);
}
console.log('parktwin analyze <plots> --out report.json, a fresh process per size: now (baseline, ×baseline/now)\n');
console.log(textTable(['plots', 'wall s', 'CPU s', 'peak RSS MB'], rows));
if (baseline) console.log(`\nbaseline: ${baseline.note}`);
