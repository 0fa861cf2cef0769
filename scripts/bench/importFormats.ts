/**
 * Import benchmark: the same synthetic plots (default 100k; `--plots N`) as GeoJSON, zipped
 * Shapefile and FlatGeobuf, each read and analysed by the CLI in a fresh process (wall time, peak
 * RSS). The Shapefile and FlatGeobuf are written from the GeoJSON with GDAL's ogr2ogr on first use
 * (into .cache/import-bench); without ogr2ogr the benchmark says so and stops.
 * `--formats geojson,fgb` limits the inputs: the 1M-plot comparison (issue 9: a FlatGeobuf
 * analysed faster than the same plots as GeoJSON) is `--plots 1000000 --formats geojson,fgb`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { zipSync } from 'fflate';
import { ensureSyntheticPlots } from '../synthetic/writeSyntheticFile.ts';
import { count, mb, sec, textTable } from './lib/table.ts';

const DIR = '.cache/import-bench';
/** dBASE names are 10 characters: what GDAL cut the synthetic fields' names to. */
const SHAPEFILE_FIELDS = {
  agreedStartDate: 'agreedStar',
  actualStartDate: 'actualStar',
  suspendedSince: 'suspendedS',
  developedShare: 'developedS',
  investedShare: 'investedSh',
  gfaAmenityM2: 'gfaAmenity',
  vacancyRate: 'vacancyRat',
  evaluations: 'evaluation',
};

function hasOgr2ogr(): boolean {
  try {
    execFileSync('ogr2ogr', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function timed<T>(label: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  process.stderr.write(`${label} in ${sec((performance.now() - start) / 1000)} s\n`);
  return result;
}

/** Shapefile (zipped) and FlatGeobuf from the GeoJSON, written once per plot count. */
function ensureFormats(geojson: string, plots: number, wanted: ReadonlySet<string>): { zip: string; fgb: string; fields: string } {
  mkdirSync(DIR, { recursive: true });
  const zip = join(DIR, `plots-${plots}.shp.zip`);
  const fgb = join(DIR, `plots-${plots}.fgb`);
  const fields = join(DIR, 'shapefile-fields.json');
  writeFileSync(fields, JSON.stringify(SHAPEFILE_FIELDS));
  if (wanted.has('shp') && !existsSync(zip)) {
    const dir = join(DIR, `shp-${plots}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    timed(`ogr2ogr → Shapefile (${count(plots)} plots)`, () =>
      execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', '-lco', 'ENCODING=UTF-8', join(dir, 'plots.shp'), geojson, '-nln', 'plots'], { stdio: ['ignore', 'ignore', 'ignore'] }),
    );
    const files = Object.fromEntries(readdirSync(dir).map((n) => [n, new Uint8Array(readFileSync(join(dir, n)))]));
    writeFileSync(zip, zipSync(files));
    rmSync(dir, { recursive: true });
  }
  if (wanted.has('fgb') && !existsSync(fgb)) {
    timed(`ogr2ogr → FlatGeobuf (${count(plots)} plots)`, () => execFileSync('ogr2ogr', ['-f', 'FlatGeobuf', fgb, geojson, '-nln', 'plots'], { stdio: ['ignore', 'ignore', 'ignore'] }));
  }
  return { zip, fgb, fields };
}

interface CliFigures {
  seconds: number;
  /** User + system CPU seconds (GNU time), the figure least moved by other load. */
  cpuSeconds: number;
  peakRssBytes: number;
  code: number | null;
}

/** One CLI run as a process; peak RSS and CPU time from GNU time when present. */
function runCli(args: string[]): Promise<CliFigures> {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const prefix = useTime ? ['-f', '%M %U %S', process.execPath] : [];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, [...prefix, '--max-old-space-size=8192', '--import', 'tsx', 'scripts/cli.ts', 'analyze', ...args, '--as-of', '2026-06-30', '--quiet', '--out', '/dev/null'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const [kb, user, system] = (err.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      if (code !== 0) process.stderr.write(err);
      resolve({ seconds: (performance.now() - start) / 1000, cpuSeconds: user + system, peakRssBytes: Number.isFinite(kb) ? kb * 1024 : NaN, code });
    });
  });
}

const argv = process.argv.slice(2);
const plots = argv.includes('--plots') ? Number(argv[argv.indexOf('--plots') + 1]) : 100_000;
if (!hasOgr2ogr()) {
  console.log('import benchmark skipped: GDAL\'s ogr2ogr is not installed (Debian: apt-get install -y gdal-bin); it writes the Shapefile and FlatGeobuf inputs.');
  process.exit(0);
}
const synthetic = await ensureSyntheticPlots({ plots });
const wanted = new Set(argv.includes('--formats') ? argv[argv.indexOf('--formats') + 1].split(',') : ['geojson', 'shp', 'fgb']);
const { zip, fgb, fields } = ensureFormats(synthetic.path, plots, wanted);
const inputs: [string, string, string[]][] = ([
  ['geojson', 'GeoJSON', synthetic.path, []],
  ['shp', 'Shapefile (zip)', zip, ['--fields', fields]],
  ['fgb', 'FlatGeobuf', fgb, []],
] as [string, string, string, string[]][]).filter(([key]) => wanted.has(key)).map(([, label, path, extra]) => [label, path, extra]);
const rows: string[][] = [];
for (const [label, path, extra] of inputs) {
  process.stderr.write(`analysing ${label}…\n`);
  const figures = await runCli([path, ...extra]);
  rows.push([label, mb(statSync(path).size), sec(figures.seconds), Number.isFinite(figures.cpuSeconds) ? sec(figures.cpuSeconds) : '?', Number.isFinite(figures.peakRssBytes) ? mb(figures.peakRssBytes) : '?', String(figures.code)]);
}
console.log(`\n${count(plots)} synthetic plots, CLI file → report (/dev/null), one process each (includes ~1-2 s of tsx start-up); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
console.log(textTable(['input', 'file MB', 'wall s', 'cpu s', 'peak RSS MB', 'exit'], rows));
const secondsOf = (label: string) => rows.find((r) => r[0] === label)?.[2];
const [geoJsonS, fgbS] = [secondsOf('GeoJSON'), secondsOf('FlatGeobuf')];
if (geoJsonS && fgbS) console.log(`\nFlatGeobuf ${fgbS} s vs GeoJSON ${geoJsonS} s: ${Number(fgbS) < Number(geoJsonS) ? 'faster' : 'NOT faster'} (×${(Number(geoJsonS) / Number(fgbS)).toFixed(2)})`);
