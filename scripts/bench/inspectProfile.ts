/**
 * Node in-process profile of the import step on the import-viewer bench's zipped Shapefile:
 * inspection, then the read of the held layer, timed apart (CPU and wall), as the viewer's worker runs them.
 *
 *   npx tsx scripts/bench/inspectProfile.ts [plots] [--runs N]   (node --cpu-prof … for a profile)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadavg } from 'node:os';
import { writeImportViewerInput } from './importViewerInput.ts';
import { inspectInput, readPlotsWith, defaultLandUseTable, type DecodedLayerHold } from '../../src/index.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
const plots = Number(args.find((a, i) => /^\d+$/.test(a) && i !== runsAt + 1) ?? 100_000);
const input = writeImportViewerInput(plots);
const files = [{ name: basename(input.path), bytes: new Uint8Array(readFileSync(input.path)) }];

/** Least CPU seconds (user + sys) per label over the runs: the figure least moved by other load. */
const best = new Map<string, { cpuS: number; wallS: number }>();

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const v = await run();
  const used = process.cpuUsage(cpu);
  const row = { cpuS: (used.user + used.system) / 1e6, wallS: (performance.now() - t) / 1000 };
  console.log(`${label}: wall ${row.wallS.toFixed(2)} s, cpu ${row.cpuS.toFixed(2)} s`);
  if ((best.get(label)?.cpuS ?? Infinity) > row.cpuS) best.set(label, row);
  return v;
}

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (let run = 0; run < runs; run++) {
  const hold: DecodedLayerHold = { current: null };
  const inspection = await timed('inspect', () => inspectInput(files, {}, hold));
  const withPreset = await timed('re-inspect with fields', () => inspectInput(files, { fields: input.fields }, hold));
  const read = await timed('read (commit)', () => readPlotsWith(files, { landUse: defaultLandUseTable(), fields: input.fields }, hold));
  if (run === 0) {
    console.log(`  ${inspection.featureCount} features, crs ${inspection.crs?.label}, outline rings ${inspection.outlineSample.length}`);
    console.log(`  mapped ${Object.keys(withPreset.mapping.fieldMap).length} fields; ${read.table.count} plots, ${read.issues.length} issues`);
  }
}
console.log(`least CPU of ${runs} run(s), load average now ${loadavg()[0].toFixed(2)}:`);
for (const [label, row] of best) console.log(`  ${label}: cpu ${row.cpuS.toFixed(2)} s (wall ${row.wallS.toFixed(2)} s)`);
