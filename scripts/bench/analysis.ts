/**
 * Pipeline benchmark: for each size (default 10k, 100k, 1M; `--sizes 10000,100000`), generate the
 * synthetic plots if needed, then in a fresh process per size measure parse+validate (file →
 * PlotTable), analysis, JSON report to /dev/null, peak RSS and heap, and compare growth between
 * sizes with n·log n. `--threads N` sets the parse threads (default: as the CLI). Targets (issue): analysis of 1M plots < 5 s, file to report < 15 s, peak
 * memory < 4 GB, growth close to n·log n.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureSyntheticPlots } from '../synthetic/writeSyntheticFile.ts';
import type { PipelineFigures } from './lib/pipelineChild.ts';
import { benchSizes } from './lib/sizes.ts';
import { count, mb, sec, textTable } from './lib/table.ts';

const CHILD = fileURLToPath(new URL('./lib/pipelineChild.ts', import.meta.url));

function runChild(file: string, threads: string | undefined): Promise<PipelineFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', CHILD, file, ...(threads ? ['--threads', threads] : [])], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as PipelineFigures) : reject(new Error(`child for ${file} exited ${code}`))));
  });
}

const argv = process.argv.slice(2);
const sizes = benchSizes(argv);
/** Parse threads; default as the CLI chooses (one per core for files of 128 MB and more). */
const threads = argv.includes('--threads') ? argv[argv.indexOf('--threads') + 1] : undefined;
const results: PipelineFigures[] = [];
for (const plots of sizes) {
  const start = performance.now();
  const file = await ensureSyntheticPlots({ plots, onProgress: (n) => process.stderr.write(`\rgenerating ${count(n)} plots…`) });
  if (file.generated) process.stderr.write(`\rgenerated ${file.path} (${mb(file.bytes)} MB) in ${sec((performance.now() - start) / 1000)} s\n`);
  process.stderr.write(`measuring ${count(plots)} plots…\n`);
  results.push(await runChild(file.path, threads));
}

const total = (f: PipelineFigures) => f.parseSeconds + f.analysisSeconds + f.reportSeconds;
console.log('\nfile → PlotTable → analysis → JSON report (/dev/null), one fresh process per size\n');
console.log(
  textTable(
    ['plots', 'file MB', 'threads', 'parse+validate s', 'parse MB/s', 'analysis s', 'report s', 'total s', 'plots/s', 'peak RSS MB', 'heap MB', 'issues'],
    results.map((f) => [
      count(f.plots),
      mb(f.fileBytes),
      String(f.parseThreads),
      sec(f.parseSeconds),
      (f.fileBytes / 1e6 / f.parseSeconds).toFixed(0),
      sec(f.analysisSeconds),
      sec(f.reportSeconds),
      sec(total(f)),
      count(Math.round(f.plots / total(f))),
      mb(f.peakRssBytes),
      mb(f.heapAfterAnalysisBytes),
      count(f.issues),
    ]),
  ),
);

if (results.length > 1) {
  const nLogN = (n: number) => n * Math.log2(n);
  console.log('\ngrowth between sizes (time ratio; n·log n would be the last column)\n');
  console.log(
    textTable(
      ['sizes', 'parse ×', 'analysis ×', 'total ×', 'n ×', 'n·log n ×'],
      results.slice(1).map((f, i) => {
        const p = results[i];
        return [
          `${count(p.plots)} → ${count(f.plots)}`,
          (f.parseSeconds / p.parseSeconds).toFixed(1),
          (f.analysisSeconds / p.analysisSeconds).toFixed(1),
          (total(f) / total(p)).toFixed(1),
          (f.plots / p.plots).toFixed(1),
          (nLogN(f.plots) / nLogN(p.plots)).toFixed(1),
        ];
      }),
    ),
  );
}

const largest = results.at(-1);
if (largest && largest.plots >= 1_000_000) {
  const ok = (pass: boolean) => (pass ? 'met' : 'NOT met');
  console.log(`\ntargets at ${count(largest.plots)} plots:`);
  console.log(`  analysis < 5 s:        ${sec(largest.analysisSeconds)} s  ${ok(largest.analysisSeconds < 5)}`);
  console.log(`  file to report < 15 s: ${sec(total(largest))} s  ${ok(total(largest) < 15)}`);
  console.log(`  peak memory < 4 GB:    ${mb(largest.peakRssBytes)} MB  ${ok(largest.peakRssBytes < 4e9)}`);
}
