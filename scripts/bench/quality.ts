/**
 * Data-quality report benchmark: for each size (default 100k and 1M; `--sizes 10000,100000`), in a
 * fresh process, the synthetic plots are validated in memory into a PlotTable (not timed here: the
 * `analysis` benchmark measures import) and `qualityReport` is timed, with its findings per kind
 * and the process's peak RSS. The report runs before every analysis, in the CLI and the viewer's
 * worker, so it should cost a fraction of the analysis.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createPlotTableBuilder, defaultLandUseTable, qualityReport, QUALITY_KINDS, type QualityKind } from '../../src/index.ts';
import { syntheticFeatures } from '../synthetic/syntheticFeatures.ts';
import { benchSizes } from './lib/sizes.ts';
import { count, mb, sec, textTable } from './lib/table.ts';

interface QualityFigures {
  plots: number;
  vertices: number;
  buildSeconds: number;
  qualitySeconds: number;
  /** CPU time (user + system) of the report: on a shared machine wall time overstates it. */
  qualityCpuSeconds: number;
  counts: Record<QualityKind, number>;
  peakRssBytes: number;
}

const SEED = 20261201;

async function child(plots: number): Promise<QualityFigures> {
  let t = performance.now();
  const builder = createPlotTableBuilder(defaultLandUseTable());
  let index = 0;
  for (const f of syntheticFeatures(plots, SEED)) {
    const ring: number[][] = [];
    for (let i = 0; i < f.ringLonLat.length; i += 2) ring.push([f.ringLonLat[i], f.ringLonLat[i + 1]]);
    builder.add({ type: 'Feature', properties: f.properties, geometry: { type: 'Polygon', coordinates: [ring] } }, index++);
  }
  const { table, issues } = builder.finish();
  const buildSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const cpu = process.cpuUsage();
  const report = qualityReport(table, { landUse: defaultLandUseTable(), issues });
  const qualitySeconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const qualityCpuSeconds = (used.user + used.system) / 1e6;
  return { plots: table.count, vertices: table.lonLat.length / 2, buildSeconds, qualitySeconds, qualityCpuSeconds, counts: report.counts, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}

function runChild(plots: number): Promise<QualityFigures> {
  return new Promise((resolve, reject) => {
    const self = fileURLToPath(import.meta.url);
    const p = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', self, '--child', String(plots)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as QualityFigures) : reject(new Error(`child for ${plots} plots exited ${code}`))));
  });
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  process.stdout.write(JSON.stringify(await child(Number(argv[1]))));
} else {
  const sizes = argv.some((a) => a.startsWith('--sizes')) || process.env.BENCH_SIZES ? benchSizes(argv) : [100_000, 1_000_000];
  const results: QualityFigures[] = [];
  for (const plots of sizes) {
    process.stderr.write(`quality report on ${count(plots)} synthetic plots…\n`);
    results.push(await runChild(plots));
  }
  console.log('\nsynthetic plots → PlotTable (in memory) → qualityReport, one fresh process per size\n');
  console.log(
    textTable(
      ['plots', 'vertices', 'validate s', 'quality s', 'quality CPU s', 'plots/s', ...QUALITY_KINDS, 'peak RSS MB'],
      results.map((f) => [
        count(f.plots),
        count(f.vertices),
        sec(f.buildSeconds),
        sec(f.qualitySeconds),
        sec(f.qualityCpuSeconds),
        count(Math.round(f.plots / f.qualitySeconds)),
        ...QUALITY_KINDS.map((k) => count(f.counts[k])),
        mb(f.peakRssBytes),
      ]),
    ),
  );
}
