/**
 * ParkTwin vs PostGIS, side by side (issue 11): the same synthetic plots file analysed by
 * `parktwin analyze` (a fresh process, file → JSON report) and by PostGIS in a throwaway cluster
 * (lib/postgisCluster.ts): load (server-side COPY of the GeoJSON lines, then one row per plot with
 * its properties and its geometry in UTM 51N, a GiST index), analysis in SQL (areas, blocks with
 * ST_ClusterDBSCAN at the join distance, main block, small and scattered blocks, low FAR,
 * mixed-use caps, approved-unsupplied, idle land, vacant buildings) and export of the per-plot
 * results. Prints wall and CPU time of each, the ratio, and how far the two agree on each flag.
 *
 *   npm run bench -- postgis [--sizes 100000,1000000] [--keep]
 *
 * Skipped with a message when PostgreSQL with PostGIS is not installed (Debian 12:
 * `apt-get install postgresql-15-postgis-3`). The issue's target: ParkTwin at least 6× faster.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLandUseTable } from '../../src/index.ts';
import { ensureSyntheticPlots } from '../synthetic/writeSyntheticFile.ts';
import { postgisBinDir, startPostgisCluster, type PostgisCluster } from './lib/postgisCluster.ts';
import { benchSizes } from './lib/sizes.ts';
import { count, textTable } from './lib/table.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AS_OF = '2026-06-30';
const argv = process.argv.slice(2);
const sizes = argv.some((a) => a.startsWith('--sizes')) || process.env.BENCH_SIZES ? benchSizes(argv) : [100_000];
const keep = argv.includes('--keep');
/** The flags both sides compute, ParkTwin's name → the PostGIS result column. */
const COMPARED: Record<string, string> = {
  'small-block': 'small_block',
  'scattered-block': 'scattered_block',
  'low-far': 'low_far',
  'mixed-use-over-30': 'mixed_30',
  'mixed-use-amenity-over-15': 'mixed_15',
  'approved-unsupplied': 'approved_unsupplied',
  'idle-land': 'idle_land',
  'vacant-building': 'vacant_building',
};

const bin = postgisBinDir();
if (bin === null) {
  console.log('PostgreSQL with PostGIS is not installed here (Debian 12: apt-get install postgresql-15-postgis-3); skipped.');
  process.exit(0);
}

interface Timed {
  wallSeconds: number;
  cpuSeconds: number;
}

/** ParkTwin as a user runs it: a fresh process, file → JSON report; CPU through /usr/bin/time. */
function parktwin(file: string, out: string): Timed {
  spawnSync(process.execPath, ['scripts/build/buildCli.mjs'], { cwd: ROOT, stdio: 'ignore' });
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'PARKTWIN_TIME %U %S', process.execPath, 'dist-cli/cli.mjs', 'analyze', file, '--as-of', AS_OF, '--quiet', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`parktwin analyze failed: ${run.stderr}`);
  const line = /PARKTWIN_TIME (\S+) (\S+)/.exec(run.stderr);
  return { wallSeconds, cpuSeconds: line ? Number(line[1]) + Number(line[2]) : NaN };
}

/** Runs SQL on the cluster: wall time, and the server's CPU time over it. */
function timedSql(db: PostgisCluster, text: string): Timed & { output: string } {
  const cpu = db.serverCpuSeconds();
  const started = performance.now();
  const output = db.sql(text);
  return { wallSeconds: (performance.now() - started) / 1000, cpuSeconds: db.serverCpuSeconds() - cpu, output };
}

/**
 * The land-use lookup table (code → category, ParkTwin's land-use table) for the codes loaded:
 * setup between load and analysis, not timed (a real database would hold it already).
 */
function fillLandUse(db: PostgisCluster): void {
  const table = defaultLandUseTable();
  const codes = db.sql('SELECT DISTINCT land_use FROM plots WHERE land_use IS NOT NULL;').split('\n').filter((c) => c !== '');
  const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const rows = codes.map((code) => `(${quoted(code)}, ${quoted(table.lookup(code)?.category ?? 'other')})`);
  db.sql(`CREATE UNLOGGED TABLE landuse (code text PRIMARY KEY, category text);${rows.length ? ` INSERT INTO landuse VALUES ${rows.join(',')};` : ''}`);
}

const LOAD_SQL = (file: string) => `
CREATE UNLOGGED TABLE raw (line text);
-- One feature per line (the synthetic layout, as GDAL writes it): CSV with quote and delimiter
-- characters the file never holds reads each line as it is, backslashes included.
COPY raw FROM '${file}' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02');
CREATE UNLOGGED TABLE plots AS
SELECT p->>'id' AS id,
       NULLIF(p->>'subparkId', '') AS subpark_id,
       p->>'landUse' AS land_use,
       COALESCE(p->>'landStatus', 'supplied') AS land_status,
       (p->>'landAreaM2')::float8 AS land_area_m2,
       (p->>'gfaAboveM2')::float8 AS gfa_above_m2,
       (p->>'gfaOtherM2')::float8 AS gfa_other_m2,
       (p->>'gfaAmenityM2')::float8 AS gfa_amenity_m2,
       (p->>'vacancyRate')::float8 AS vacancy_rate,
       (p->>'developedShare')::float8 AS developed_share,
       (p->>'investedShare')::float8 AS invested_share,
       (p->>'agreedStartDate')::date AS agreed_start,
       (p->>'actualStartDate')::date AS actual_start,
       (p->>'suspendedSince')::date AS suspended_since,
       ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326), 32651) AS geom
FROM (SELECT f, f->'properties' AS p FROM (SELECT rtrim(line, ',')::jsonb AS f FROM raw WHERE line LIKE '{"type":"Feature"%') s) t;
DROP TABLE raw;
CREATE INDEX plots_geom ON plots USING gist (geom);
CREATE INDEX plots_id ON plots (id);
ANALYZE plots;
`;

const ANALYSIS_SQL = `
-- "+ 1 year" as DOMAIN.md §5 reads it: 29 February → 1 March.
CREATE FUNCTION plus_year(d date) RETURNS date LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN extract(month FROM d) = 2 AND extract(day FROM d) = 29 THEN make_date(extract(year FROM d)::int + 1, 3, 1)
              ELSE (d + interval '1 year')::date END $$;
CREATE UNLOGGED TABLE plot_block AS
SELECT id, subpark_id, ST_Area(geom) AS area_m2,
       ST_ClusterDBSCAN(geom, eps := 50, minpoints := 1) OVER (PARTITION BY subpark_id) AS cluster
FROM plots WHERE subpark_id IS NOT NULL;
CREATE UNLOGGED TABLE blocks AS
SELECT subpark_id, cluster, area_m2,
       row_number() OVER (PARTITION BY subpark_id ORDER BY area_m2 DESC, min_id) AS rank
FROM (SELECT subpark_id, cluster, sum(area_m2) AS area_m2, min(id COLLATE "C") AS min_id FROM plot_block GROUP BY 1, 2) s;
CREATE UNLOGGED TABLE main_plots AS
SELECT p.subpark_id, p.geom FROM plots p JOIN plot_block b USING (id) JOIN blocks k ON k.subpark_id = b.subpark_id AND k.cluster = b.cluster WHERE k.rank = 1;
CREATE INDEX main_plots_geom ON main_plots USING gist (geom);
ANALYZE main_plots;
CREATE UNLOGGED TABLE block_near_main AS
SELECT b.subpark_id, b.cluster,
       bool_or(EXISTS (SELECT 1 FROM main_plots m WHERE m.subpark_id = b.subpark_id AND ST_DWithin(p.geom, m.geom, 1000))) AS near
FROM plot_block b JOIN plots p USING (id) JOIN blocks k ON k.subpark_id = b.subpark_id AND k.cluster = b.cluster
WHERE k.rank > 1 GROUP BY 1, 2;
CREATE UNLOGGED TABLE plot_flags AS
SELECT p.id,
       ST_Area(p.geom) AS area_m2,
       COALESCE(k.rank > 1 AND k.area_m2 < 100000, false) AS small_block,
       COALESCE(k.rank > 1 AND NOT n.near, false) AS scattered_block,
       COALESCE(lu.category IN ('industrial', 'rnd') AND p.land_status = 'supplied' AND p.gfa_above_m2 >= 0
                AND p.gfa_above_m2 / COALESCE(NULLIF(p.land_area_m2, 0), ST_Area(p.geom)) < CASE lu.category WHEN 'industrial' THEN 2.0 ELSE 3.0 END, false) AS low_far,
       COALESCE(lu.category IN ('industrial', 'rnd') AND p.gfa_above_m2 > 0
                AND (COALESCE(p.gfa_other_m2, 0) + COALESCE(p.gfa_amenity_m2, 0)) / p.gfa_above_m2 > 0.30, false) AS mixed_30,
       COALESCE(lu.category IN ('industrial', 'rnd') AND p.gfa_above_m2 > 0 AND p.gfa_amenity_m2 / p.gfa_above_m2 > 0.15, false) AS mixed_15,
       p.land_status = 'approved-unsupplied' AS approved_unsupplied,
       COALESCE(p.land_status = 'supplied' AND (
         (p.actual_start IS NULL AND DATE '${AS_OF}' >= plus_year(p.agreed_start))
         OR (p.actual_start IS NOT NULL AND plus_year(p.suspended_since) <= DATE '${AS_OF}'
             AND (p.developed_share < 1.0 / 3 OR p.invested_share < 0.25))), false) AS idle_land,
       COALESCE(p.vacancy_rate >= 0.5, false) AS vacant_building
FROM plots p
LEFT JOIN landuse lu ON lu.code = p.land_use
LEFT JOIN plot_block b USING (id)
LEFT JOIN blocks k ON k.subpark_id = b.subpark_id AND k.cluster = b.cluster
LEFT JOIN block_near_main n ON n.subpark_id = b.subpark_id AND n.cluster = b.cluster;
`;

const EXPORT_SQL = `COPY (SELECT id, round(area_m2::numeric, 2), ${Object.values(COMPARED).join(', ')} FROM plot_flags ORDER BY id) TO STDOUT;`;

interface ReportPlot {
  id: string;
  areaM2: number;
  flags: string[];
}

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const rows: string[][] = [];
const agreement: string[][] = [];
const folder = join(ROOT, '.cache', 'postgis');
for (const plots of sizes) {
  // Absolute: the server reads it.
  const file = resolve(ROOT, (await ensureSyntheticPlots({ plots, onProgress: (n) => process.stderr.write(`\rgenerating ${count(n)} plots…`) })).path);
  const out = join(tmpdir(), `parktwin-bench-postgis-${process.pid}.json`);
  // The cluster first (it is idle while ParkTwin runs): initdb is the step that can fail.
  process.stderr.write(`PostGIS: starting a cluster in ${folder}…\n`);
  const db = await startPostgisCluster(bin, folder);
  process.stderr.write(`ParkTwin: analysing ${count(plots)} plots…\n`);
  const loadBefore = loadavg()[0];
  let ours: Timed;
  try {
    ours = parktwin(file, out);
  } catch (error) {
    db.stop();
    throw error;
  }
  let load: Timed, analysis: Timed, exported: Timed & { output: string };
  try {
    db.sql('CREATE EXTENSION postgis;');
    process.stderr.write('PostGIS: loading…\n');
    load = timedSql(db, LOAD_SQL(file));
    fillLandUse(db);
    process.stderr.write('PostGIS: analysing…\n');
    analysis = timedSql(db, ANALYSIS_SQL);
    exported = timedSql(db, EXPORT_SQL);
  } finally {
    db.stop();
    if (!keep) rmSync(folder, { recursive: true, force: true });
  }
  const theirs: Timed = {
    wallSeconds: load.wallSeconds + analysis.wallSeconds + exported.wallSeconds,
    cpuSeconds: load.cpuSeconds + analysis.cpuSeconds + exported.cpuSeconds,
  };
  const loadAfter = loadavg()[0];
  rows.push([
    count(plots),
    `${fixed(ours.wallSeconds)} / ${fixed(ours.cpuSeconds)}`,
    `${fixed(load.wallSeconds)} / ${fixed(load.cpuSeconds)}`,
    `${fixed(analysis.wallSeconds)} / ${fixed(analysis.cpuSeconds)}`,
    `${fixed(exported.wallSeconds)} / ${fixed(exported.cpuSeconds)}`,
    `${fixed(theirs.wallSeconds)} / ${fixed(theirs.cpuSeconds)}`,
    `×${fixed(theirs.wallSeconds / ours.wallSeconds, 1)} / ×${fixed(theirs.cpuSeconds / ours.cpuSeconds, 1)}`,
    `${loadBefore.toFixed(1)}-${loadAfter.toFixed(1)}`,
  ]);

  // Agreement, plot by plot: ParkTwin's report against the PostGIS flags.
  const report = JSON.parse(readFileSync(out, 'utf8')) as { plots: ReportPlot[] };
  rmSync(out, { force: true });
  const ourFlags = new Map(report.plots.map((p) => [p.id, new Set(p.flags)]));
  const ourArea = new Map(report.plots.map((p) => [p.id, p.areaM2]));
  const columns = Object.keys(COMPARED);
  const tally = columns.map(() => ({ both: 0, oursOnly: 0, theirsOnly: 0 }));
  let maxAreaRelative = 0;
  let matched = 0;
  for (const line of exported.output.split('\n')) {
    if (line === '') continue;
    const cells = line.split('\t');
    const flags = ourFlags.get(cells[0]);
    if (!flags) continue;
    matched++;
    const area = ourArea.get(cells[0]) as number;
    maxAreaRelative = Math.max(maxAreaRelative, Math.abs(Number(cells[1]) - area) / area);
    columns.forEach((flag, c) => {
      const ourFlag = flags.has(flag);
      const theirFlag = cells[2 + c] === 't';
      if (ourFlag && theirFlag) tally[c].both++;
      else if (ourFlag) tally[c].oursOnly++;
      else if (theirFlag) tally[c].theirsOnly++;
    });
  }
  columns.forEach((flag, c) => agreement.push([count(plots), flag, count(tally[c].both), count(tally[c].oursOnly), count(tally[c].theirsOnly)]));
  agreement.push([count(plots), `(plots matched by id: ${count(matched)}; largest area difference ${(maxAreaRelative * 100).toFixed(3)}%)`, '', '', '']);
}

console.log(`\nParkTwin (parktwin analyze → JSON report) vs PostGIS ${postgisVersion()} (load + analysis in SQL + export), wall s / CPU s\n`);
console.log(textTable(['plots', 'ParkTwin', 'PostGIS load', 'analysis', 'export', 'PostGIS total', 'PostGIS ÷ ParkTwin', 'load avg'], rows));
console.log('\nFlags, plot by plot: flagged by both, by ParkTwin only, by PostGIS only\n');
console.log(textTable(['plots', 'flag', 'both', 'ParkTwin only', 'PostGIS only'], agreement));
console.log('\nPostGIS CPU is the server\'s (postmaster, backends, parallel workers); it ran with fsync off, 256 MB shared buffers and work_mem, unlogged tables.');

function postgisVersion(): string {
  const control = existsSync('/usr/share/postgresql') ? spawnSync('sh', ['-c', "dpkg-query -W -f='${Version}' 'postgresql-*-postgis-3' 2>/dev/null"], { encoding: 'utf8' }).stdout : '';
  return control ? `3 (${control.trim()})` : '3';
}
