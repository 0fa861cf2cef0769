import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.ts';

const IMPORT = 'tests/fixtures/import';
const GBK_FIELDS = `${IMPORT}/shapefile-gbk-fields.json`;

interface Report {
  input: { format: string; layer: string | null; encoding: string | null; crs: string; fieldMap: Record<string, string>; unmatchedColumns: string[]; bboxWgs84: number[] };
  plots: { id: string; flags: string[]; areaM2: number }[];
  issues: { index: number; code: string }[];
}

async function analyze(args: string[]): Promise<{ code: number | null; report: Report | null; stderr: string }> {
  const run = await runCli(['analyze', ...args, '--as-of', '2026-06-30', '--quiet']);
  const text = run.stdout.toString('utf8');
  return { code: run.code, report: text ? (JSON.parse(text) as Report) : null, stderr: run.stderr };
}

describe('analyze with --crs, --fields, --layer (as a process)', () => {
  // Each run is a process (~5-30 s on the shared 2-core machine): the source's report is made once.
  let source: Awaited<ReturnType<typeof analyze>>;
  beforeAll(async () => {
    source = await analyze([`${IMPORT}/source.geojson`]);
  });

  it('a loose .shp finds its .dbf, .prj and .cpg beside it; --fields maps the cut column names', async () => {
    const shp = await analyze([`${IMPORT}/loose-4549.shp`, '--fields', GBK_FIELDS]);
    expect(shp.code).toBe(0);
    expect(shp.report?.input).toMatchObject({ format: 'shapefile-shp', layer: 'loose-4549', encoding: 'gbk', crs: 'EPSG:4549', unmatchedColumns: [] });
    expect(shp.report?.input.fieldMap.gfaAboveM2).toBe('地上建筑面');
    expect(shp.report?.plots.map((p) => [p.id, p.flags])).toEqual(source.report?.plots.map((p) => [p.id, p.flags]));
  });

  it('without --fields the names cut at 10 bytes are still read; a cut unit is listed as unmatched, never silently dropped', async () => {
    const { code, report } = await analyze([`${IMPORT}/plots-4549.shp.zip`]);
    expect(code).toBe(0);
    expect(report?.input.fieldMap).toMatchObject({ agreedStartDate: '约定开工日', actualStartDate: '实际开工日', gfaAboveM2: '地上建筑面', gfaOtherM2: '其他产业用', gfaAmenityM2: '生活配套建' });
    expect(report?.input.unmatchedColumns).toEqual(['营业收入(']);
  });

  it('refuses projected coordinates with no coordinate system: exit 2, one line naming EPSG:4549, EPSG:4550 and --crs', async () => {
    const { code, report, stderr } = await analyze([`${IMPORT}/plots-4549-gbk.csv`]);
    expect(code).toBe(2);
    expect(report).toBeNull();
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^parktwin: cannot read .*plots-4549-gbk\.csv: .*EPSG:4549.*EPSG:4550.*--crs/);
  });

  it('--crs EPSG:4549 reads that CSV; --crs gcj02 moves GCJ-02 plots back', async () => {
    const csv = await analyze([`${IMPORT}/plots-4549-gbk.csv`, '--crs', 'EPSG:4549']);
    expect(csv.code).toBe(0);
    expect(csv.report?.input).toMatchObject({ format: 'csv', crs: 'EPSG:4549', encoding: 'gb18030' });
    expect(csv.report?.plots.map((p) => p.flags)).toEqual(source.report?.plots.map((p) => p.flags));
    const gcj = await analyze([`${IMPORT}/plots-gcj02.gpkg`, '--crs', 'gcj02']);
    expect(gcj.report?.input.crs).toBe('gcj02');
    expect(gcj.report?.input.bboxWgs84[0]).toBeCloseTo(source.report?.input.bboxWgs84[0] ?? NaN, 5);
  });

  it('a bad --crs or --fields is a usage error (exit 2, one line)', async () => {
    const crs = await analyze([`${IMPORT}/source.geojson`, '--crs', 'EPSG:1234']);
    expect(crs.code).toBe(2);
    expect(crs.stderr).toMatch(/--crs.*EPSG:1234/);
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-fields-'));
    writeFileSync(join(dir, 'fields.json'), JSON.stringify({ plotNumber: 'DKBH' }));
    const fields = await analyze([`${IMPORT}/source.geojson`, '--fields', join(dir, 'fields.json')]);
    expect(fields.code).toBe(2);
    expect(fields.stderr).toMatch(/fields\.json.*"plotNumber" is not a plot field/);
    const missing = await analyze([`${IMPORT}/source.geojson`, '--fields', join(dir, 'absent.json')]);
    expect(missing.stderr).toMatch(/cannot read the fields file/);
  });

  it('a zip of several shapefiles reads the first by path; --layer picks another', async () => {
    const first = await analyze([`${IMPORT}/two-layers.shp.zip`]);
    expect(first.report?.input.layer).toBe('a_outline');
    // Its two outlines carry only a 地块编号: plots outside every sub-park with no land use.
    expect(first.report?.plots).toHaveLength(2);
    expect(first.report?.issues.filter((i) => i.code === 'missing-land-use')).toHaveLength(2);
    const plots = await analyze([`${IMPORT}/two-layers.shp.zip`, '--layer', 'plots', '--fields', GBK_FIELDS]);
    expect(plots.report?.input.layer).toBe('plots');
    expect(plots.report?.plots).toHaveLength(31);
  });

  it('a GeoPackage reads its first polygon layer; --layer picks a table; an unknown one names the layers', async () => {
    const gpkg = await analyze([`${IMPORT}/two-layers.gpkg`]);
    expect(gpkg.report?.input.layer).toBe('plots');
    const centres = await analyze([`${IMPORT}/two-layers.gpkg`, '--layer', 'centres']);
    // Points are not plots: every one of the 31 is left out, each with its issues.
    expect(centres.report?.plots).toHaveLength(0);
    expect(new Set(centres.report?.issues.map((i) => i.index)).size).toBe(31);
    const unknown = await analyze([`${IMPORT}/two-layers.gpkg`, '--layer', 'roads']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no layer named "roads"; its layers are centres, plots/);
  });

  it('GeoJSON gets an input member too', async () => {
    const { report } = await analyze(['tests/fixtures/io/zizhu-small.geojson']);
    expect(report?.input).toMatchObject({ format: 'geojson', layer: null, encoding: 'utf-8', crs: 'EPSG:4326', unmatchedColumns: [] });
    expect(report?.input.bboxWgs84).toHaveLength(4);
  });
});
