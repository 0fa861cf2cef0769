/**
 * Import benchmark: how fast the GeoJSON splitter scans, and what decoding, JSON.parse and
 * validation add, on the synthetic 100k-plot file held in memory (no disk in the figures).
 * Best of 3 rounds over all lines (round-robin). `--plots N` picks another synthetic size.
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

/** Wall and CPU (user + system, this process) of one run. */
async function timedOnce(run: () => number | Promise<number>): Promise<{ seconds: number; cpuSeconds: number; items: number }> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const items = await run();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - t) / 1000, cpuSeconds: (used.user + used.system) / 1e6, items };
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
// Round-robin, best of 3 each: every case sees the same spread of load from other jobs, so
// neighbouring rows (JSON.parse vs bytes) compare even on a shared machine.
const best = cases.map(() => ({ seconds: Infinity, cpuSeconds: Infinity, items: 0 }));
for (let round = 0; round < 3; round++) {
  for (let c = 0; c < cases.length; c++) {
    const { seconds, cpuSeconds, items } = await timedOnce(cases[c][2]);
    best[c] = { seconds: Math.min(best[c].seconds, seconds), cpuSeconds: Math.min(best[c].cpuSeconds, cpuSeconds), items };
  }
}
const rows = cases.map(([name, bytes], c) => {
  const { seconds, cpuSeconds, items } = best[c];
  return [name, (bytes.length / 1e6).toFixed(0), count(items), seconds.toFixed(3), cpuSeconds.toFixed(3), (bytes.length / 1e6 / seconds).toFixed(0)];
});
console.log(`\nGeoJSON import, ${count(plots)} synthetic plots in memory, 4 MB chunks, best of 3 rounds (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);
console.log(textTable(['stage', 'MB', 'features', 's', 'CPU s', 'MB/s'], rows));
