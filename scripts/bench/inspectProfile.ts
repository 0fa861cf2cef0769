/**
 * Node in-process profile of the import step on the import-viewer bench's zipped Shapefile:
 * inspection, then the read of the held layer, timed apart (CPU and wall), as the viewer's worker runs them.
 *
 *   npx tsx scripts/bench/inspectProfile.ts [plots]   (node --cpu-prof … for a profile)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadavg } from 'node:os';
import { writeImportViewerInput } from './importViewerInput.ts';
import { inspectInput, readPlotsWith, defaultLandUseTable, type DecodedLayerHold } from '../../src/index.ts';

const plots = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const input = writeImportViewerInput(plots);
const files = [{ name: basename(input.path), bytes: new Uint8Array(readFileSync(input.path)) }];

function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  return run().then((v) => {
    const used = process.cpuUsage(cpu);
    console.log(`${label}: wall ${((performance.now() - t) / 1000).toFixed(2)} s, cpu ${((used.user + used.system) / 1e6).toFixed(2)} s`);
    return v;
  });
}

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const hold: DecodedLayerHold = { current: null };
const inspection = await timed('inspect', () => inspectInput(files, {}, hold));
console.log(`  ${inspection.featureCount} features, crs ${inspection.crs?.label}, outline rings ${inspection.outlineSample.length}`);
const withPreset = await timed('re-inspect with fields', () => inspectInput(files, { fields: input.fields }, hold));
console.log(`  mapped ${Object.keys(withPreset.mapping.fieldMap).length} fields`);
const read = await timed('read (commit)', () => readPlotsWith(files, { landUse: defaultLandUseTable(), fields: input.fields }, hold));
console.log(`  ${read.table.count} plots, ${read.issues.length} issues`);
