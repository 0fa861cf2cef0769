/**
 * Import benchmark: how fast the GeoJSON splitter scans, and what decoding, JSON.parse and
 * validation add, on the synthetic 100k-plot file held in memory (no disk in the figures).
 * Best of 3 runs per line. `--plots N` picks another synthetic size.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ArrayElementScanner, builderSink, chunksOfBytes, createPlotTableBuilder, FeatureDecoder, GeoJsonReader, readPlots } from '../../src/index.ts';
import { defaultLandUseTable } from '../../src/index.ts';
import { ensureSyntheticPlots } from '../synthetic/writeSyntheticFile.ts';
import { count, textTable } from './lib/table.ts';

const CHUNK = 4 << 20;
const argv = process.argv.slice(2);
const plots = argv.includes('--plots') ? Number(argv[argv.indexOf('--plots') + 1]) : 100_000;

/** Scans the features array only: elements are counted, not decoded. */
function scanOnly(bytes: Uint8Array, lineFastPath: boolean): number {
  let elements = 0;
  const decoder = {
    emit: () => ++elements > 0,
    tryEmit: () => ++elements > 0,
  } as unknown as FeatureDecoder; // a counting stand-in: the scanner only calls emit/tryEmit
  const scanner = new ArrayElementScanner(decoder, { lineFastPath });
  const arrayStart = bytes.indexOf(0x5b /* [ */) + 1;
  for (let at = 0; at < bytes.length && !scanner.closed; at += CHUNK) {
    scanner.scan(bytes.subarray(at, at + CHUNK), at === 0 ? arrayStart : 0, at);
  }
  return elements;
}

function decodeAndParse(bytes: Uint8Array): number {
  let features = 0;
  const reader = new GeoJsonReader({ feature: () => features++, issue: () => {} });
  for (let at = 0; at < bytes.length; at += CHUNK) reader.push(bytes.subarray(at, at + CHUNK));
  reader.finish();
  return features;
}

/** Parse and validation into a table, on one thread; `fromBytes`: properties read from bytes where the reader can (else JSON.parse per feature). */
function parseAndValidate(bytes: Uint8Array, fromBytes: boolean): number {
  const builder = createPlotTableBuilder(landUse);
  const sink = builderSink(builder);
  const reader = new GeoJsonReader(fromBytes ? sink : { feature: sink.feature, issue: sink.issue });
  for (let at = 0; at < bytes.length; at += CHUNK) reader.push(bytes.subarray(at, at + CHUNK));
  reader.finish();
  return builder.finish().table.count;
}

/** Best wall and best CPU (user + system, this process) of 3 runs. */
async function bestOf3(run: () => number | Promise<number>): Promise<{ seconds: number; cpuSeconds: number; items: number }> {
  let best = Infinity;
  let bestCpu = Infinity;
  let items = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    items = await run();
    const used = process.cpuUsage(cpu);
    best = Math.min(best, (performance.now() - t) / 1000);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
  }
  return { seconds: best, cpuSeconds: bestCpu, items };
}

const lines = readFileSync((await ensureSyntheticPlots({ plots })).path);
const pretty = readFileSync((await ensureSyntheticPlots({ plots, layout: 'pretty' })).path);
const landUse = defaultLandUseTable();
const cases: [string, Uint8Array, () => number | Promise<number>][] = [
  ['scan, one feature per line (line fast path)', lines, () => scanOnly(lines, true)],
  ['scan, one feature per line (byte scan)', lines, () => scanOnly(lines, false)],
  ['scan, pretty-printed (byte scan)', pretty, () => scanOnly(pretty, false)],
  ['scan + UTF-8 decode + JSON.parse, per line', lines, () => decodeAndParse(lines)],
  ['scan + UTF-8 decode + JSON.parse, pretty', pretty, () => decodeAndParse(pretty)],
  ['+ validation into PlotTable, properties by JSON.parse, per line', lines, () => parseAndValidate(lines, false)],
  ['+ validation into PlotTable, properties from bytes, per line', lines, () => parseAndValidate(lines, true)],
  ['+ validation into PlotTable, properties by JSON.parse, pretty', pretty, () => parseAndValidate(pretty, false)],
  ['+ validation into PlotTable, properties from bytes, pretty', pretty, () => parseAndValidate(pretty, true)],
  ['readPlots (+ validation into PlotTable), per line', lines, async () => (await readPlots(chunksOfBytes(lines), { landUse })).table.count],
];
const rows: string[][] = [];
for (const [name, bytes, run] of cases) {
  const { seconds, cpuSeconds, items } = await bestOf3(run);
  rows.push([name, (bytes.length / 1e6).toFixed(0), count(items), seconds.toFixed(3), cpuSeconds.toFixed(3), (bytes.length / 1e6 / seconds).toFixed(0)]);
}
console.log(`\nGeoJSON import, ${count(plots)} synthetic plots in memory, 4 MB chunks, best of 3 (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);
console.log(textTable(['stage', 'MB', 'features', 's', 'CPU s', 'MB/s'], rows));
