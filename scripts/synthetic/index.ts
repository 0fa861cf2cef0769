/**
 * Seeded synthetic plots for benchmarks (not the sample data):
 *
 *   npm run synthetic -- --plots 100000 [--seed 1] [--layout lines|pretty|ndjson] [--force]
 *
 * Writes .cache/synthetic/plots-<N>.geojson (or .pretty.geojson, .ndjson) by streaming; a file
 * already stamped with the same generator version, seed, count and layout is reused.
 */
import { parseArgs } from 'node:util';
import { ensureSyntheticPlots, type SyntheticLayout } from './writeSyntheticFile.ts';

const { values } = parseArgs({
  options: {
    plots: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    layout: { type: 'string', default: 'lines' },
    force: { type: 'boolean', default: false },
  },
});
const layouts: SyntheticLayout[] = ['lines', 'pretty', 'ndjson'];
const layout = values.layout as SyntheticLayout;
const counts = values.plots.split(',').map((s) => Number(s.replace(/_/g, '')));
if (!layouts.includes(layout) || counts.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(Number(values.seed))) {
  process.stderr.write('usage: npm run synthetic -- --plots 10000[,100000,…] [--seed 1] [--layout lines|pretty|ndjson] [--force]\n');
  process.exit(2);
}
for (const plots of counts) {
  const start = performance.now();
  const file = await ensureSyntheticPlots({
    plots,
    seed: Number(values.seed),
    layout,
    force: values.force,
    onProgress: (n) => process.stderr.write(`\r${n.toLocaleString('en-US')} plots…`),
  });
  const what = file.generated ? `generated in ${((performance.now() - start) / 1000).toFixed(1)} s` : 'up to date';
  process.stderr.write(`\r${file.path}: ${plots.toLocaleString('en-US')} plots, ${(file.bytes / 1e6).toFixed(1)} MB, ${what}\n`);
}
