/**
 * The command line as a user runs it: start-up (`parktwin --version`, built bundle and, for
 * reference, the TypeScript sources under tsx) and `parktwin analyze <plots> --out FILE` (JSON
 * report with the quality findings) per size, each a fresh process: wall and CPU seconds, peak
 * RSS (through /usr/bin/time when present). The previous release (baselines/previous-release.json,
 * or `--previous <git ref>`; `--no-previous` to skip) is built from git beside this checkout and run
 * alternately with it, `--runs N` times each (default 3): medians and the ratio previous/now.
 * Start-up is compared with the stored figure of the CLI under tsx (baselines/cli.json).
 * Sizes: `--sizes 100000,1000000` (default 100k). Targets (issue 11): file to report
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
import { previousReleaseCli, recordedPreviousRelease } from './lib/previousRelease.ts';

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
const PREVIOUS_RELEASE = fileURLToPath(new URL('./baselines/previous-release.json', import.meta.url));

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
const runsArg = argv.indexOf('--runs');
const runs = runsArg >= 0 ? Math.max(1, Number(argv[runsArg + 1])) : 3;
const previousArg = argv.indexOf('--previous');
const recorded = recordedPreviousRelease(PREVIOUS_RELEASE);
const previousRef = previousArg >= 0 ? argv[previousArg + 1] : recorded?.ref;
const baseline = existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline) : undefined;

spawnSync(process.execPath, ['scripts/build/buildCli.mjs'], { cwd: ROOT, stdio: 'inherit' });
const previous = previousRef && !argv.includes('--no-previous') ? previousReleaseCli(ROOT, previousRef) : { reason: 'not asked for (--no-previous)' };
const bundled = median([1, 2, 3].map(() => timed(['dist-cli/cli.mjs', '--version']).wallSeconds));
const tsx = median([1, 2, 3].map(() => timed(['--import', 'tsx', 'scripts/cli.ts', '--version']).wallSeconds));
console.log(`\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine (figures are wall clock; CPU time is steadier when it is shared)\n`);
console.log(`start-up (parktwin --version, median of 3): bundle ${versus(bundled, baseline?.startupSeconds)} s (stored: the CLI under tsx before the bundle); from TypeScript under tsx ${fixed(tsx)} s\n`);
if ('reason' in previous) console.log(`previous release: not run (${previous.reason})\n`);
else console.log(`previous release: ${previousRef} = ${previous.commit.slice(0, 12)}${recorded && previousRef === recorded.ref ? ` (${recorded.note})` : ''}, run alternately with this checkout, ${runs} runs each\n`);

/** Median of each figure over runs. */
function medianFigures(list: RunFigures[]): RunFigures {
  const of = (pick: (r: RunFigures) => number | null) => {
    const values = list.map(pick).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  return { wallSeconds: of((r) => r.wallSeconds) ?? NaN, cpuSeconds: of((r) => r.cpuSeconds), peakRssMb: of((r) => r.peakRssMb) };
}

const rows: string[][] = [];
for (const plots of sizes) {
  const file = await ensureSyntheticPlots({ plots, onProgress: (n) => process.stderr.write(`\rgenerating ${count(n)} plots…`) });
  const out = join(tmpdir(), `parktwin-bench-cli-${process.pid}.json`);
  const analyzeArgs = ['analyze', file.path, '--as-of', '2026-06-30', '--quiet', '--out', out];
  const now: RunFigures[] = [];
  const before: RunFigures[] = [];
  for (let run = 0; run < runs; run++) {
    process.stderr.write(`analysing ${count(plots)} plots, run ${run + 1} of ${runs}…\n`);
    // Alternate which goes first, so a change in the machine's load falls on both.
    const order = run % 2 === 0 ? ['previous', 'now'] : ['now', 'previous'];
    for (const which of order) {
      if (which === 'now') now.push(timed(['dist-cli/cli.mjs', ...analyzeArgs]));
      else if (!('reason' in previous)) before.push(timed([previous.cli, ...analyzeArgs]));
      rmSync(out, { force: true });
    }
  }
  const a = medianFigures(now);
  const b = before.length ? medianFigures(before) : undefined;
  rows.push([count(plots), versus(a.wallSeconds, b?.wallSeconds), versus(a.cpuSeconds, b?.cpuSeconds), versus(a.peakRssMb, b?.peakRssMb, 0)]);
}
console.log(`parktwin analyze <plots> --out report.json, a fresh process per run, median of ${runs}: now (previous release, ×previous/now)\n`);
console.log(textTable(['plots', 'wall s', 'CPU s', 'peak RSS MB'], rows));
console.log('\nTargets (issue 11): file to report ~1.3 s at 100k and ~10 s at 1M (6× PostGIS 3.3 here, `npm run -s bench -- postgis`), peak RSS < 2 GB at 1M.');
