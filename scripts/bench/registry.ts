/**
 * Capability benchmarks, run by name: `npm run bench -- <name> [options]`. Each is a script
 * (scripts/bench/<file>) run in its own process, so memory figures never mix; it reads its options
 * from process.argv and prints its own figures. `npm run bench` runs every one not marked slow.
 * A name not listed here runs scripts/bench/<name>.ts when that file exists.
 */
export interface BenchEntry {
  name: string;
  file: string;
  description: string;
  /** Left out of the default run (needs a browser, or takes minutes). */
  slow?: boolean;
}

export const BENCHES: readonly BenchEntry[] = [
  {
    name: 'splitter',
    file: 'splitter.ts',
    description: 'GeoJSON import: scan, decode+parse and validation throughput (MB/s) on 100k synthetic plots',
  },
  {
    name: 'analysis',
    file: 'analysis.ts',
    description: 'file → PlotTable → analysis → report at 10k/100k/1M plots (--sizes): times, peak memory, growth vs n·log n',
  },
  {
    name: 'cli',
    file: 'cli.ts',
    description: 'the command line as a process: start-up, analyze → JSON report at 100k (--sizes 100000,1000000): wall, CPU, peak RSS, ratio to the stored baseline',
  },
  {
    name: 'proposal',
    file: 'proposal.ts',
    description: 'apply a proposal + re-analysis + ledger, on the sample and on 1M synthetic plots (--sizes sample,1000000)',
  },
  {
    name: 'proposal-edit',
    file: 'proposalEdit.ts',
    description: 'viewer proposal mode in Chromium: an edit (plot toggled) → updated ledger on screen, median of N, and the longest main-thread task (--runs, --plots URL --subpark id)',
    slow: true,
  },
  {
    name: 'map-tools',
    file: 'mapTools.ts',
    description: 'proposal map tools: plot edge index build, snapping query, box/lasso selection and drawn-land check on the sample and 1M synthetic plots (--sizes)',
  },
  {
    name: 'import',
    file: 'importFormats.ts',
    description: 'import: 100k plots as zipped Shapefile and FlatGeobuf (written by ogr2ogr; skipped without GDAL) vs GeoJSON, read and analysed by the CLI; `--plots 1000000 --formats geojson,fgb` for the 1M FlatGeobuf vs GeoJSON figure',
  },
  {
    name: 'import-viewer',
    file: 'importViewer.ts',
    description: 'import step: a 100k-plot zipped Shapefile (EPSG:4549, own writer) opened in the viewer in Chromium, preset mapping, committed and analysed; file chosen → analysis done, target < 10 s ([plots])',
    slow: true,
  },
  {
    name: 'quality',
    file: 'quality.ts',
    description: 'data-quality report (overlaps, duplicates, slivers, codes) on 100k and 1M synthetic plots (--sizes): time, findings, peak memory',
  },
  {
    name: 'viewer',
    file: 'viewer.ts',
    description: 'viewer: first frame vs plain MapLibre, filter latency, long tasks, heap, pan in Chromium (software WebGL); plot counts as arguments',
    slow: true,
  },
  {
    name: 'postgis',
    file: 'postgis.ts',
    description: 'ParkTwin vs PostGIS side by side: parktwin analyze vs load + core rules in SQL (ST_ClusterDBSCAN blocks, FAR, mixed use, idle) in a throwaway cluster; times, ratio, flag agreement (--sizes 100000,1000000; skipped without PostGIS)',
    slow: true,
  },
  {
    name: 'brief',
    file: 'brief.ts',
    description: 'parktwin brief of the sample (cover + 23 sub-parks) as PDF and PPTX in headless Chromium; target < 60 s each (--formats pdf,pptx,dir)',
    slow: true,
  },
];
