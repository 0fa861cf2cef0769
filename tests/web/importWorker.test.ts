import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createWorkerApi } from '../../web/worker/workerApi.ts';
import type { LoadProgress, StagedFile } from '../../web/worker/protocol.ts';

const DIR = 'tests/fixtures/import';

function staged(...names: string[]): StagedFile[] {
  return names.map((name) => ({ name, blob: new Blob([readFileSync(`${DIR}/${name}`)]) }));
}

describe('the worker side of the import step', () => {
  it('inspects a loose Shapefile with its siblings, then loads the staged files with the chosen mapping', async () => {
    const api = createWorkerApi();
    const files = staged('loose-4549.shp', 'loose-4549.shx', 'loose-4549.dbf', 'loose-4549.prj', 'loose-4549.cpg');
    const inspection = await api.inspect(files, {});
    expect(inspection).toMatchObject({ format: 'shapefile-shp', encoding: 'gbk', crs: { label: 'EPSG:4549', source: 'file' }, crsProblem: null });
    expect(inspection.mapping.fieldMap.id).toBe('地块编号');
    // dBASE cut 地上建筑面积 at 10 bytes; the cut name is still recognised, a cut unit is not.
    expect(inspection.mapping.fieldMap.gfaAboveM2).toBe('地上建筑面');
    expect(inspection.mapping.unmatchedColumns).toEqual(['营业收入(']);
    // The preview sample is in WGS84, where the plots are (Minhang, about 121.45°E 31.02°N).
    expect(inspection.outlineSample.length).toBeGreaterThan(0);
    const [lon, lat] = inspection.outlineSample[0];
    expect(lon).toBeGreaterThan(121.4);
    expect(lat).toBeLessThan(31.1);

    const progress: LoadProgress[] = [];
    const loaded = await api.load({ plotsUrl: 'loose-4549.shp', staged: { fields: { ...inspection.mapping.fieldMap, revenue: '营业收入(' } } }, (p) => progress.push(p));
    expect(loaded.plotCount).toBe(inspection.featureCount);
    expect(loaded.input).toMatchObject({ format: 'shapefile-shp', crs: 'EPSG:4549', crsSource: 'file' });
    expect(loaded.input.fieldMap.gfaAboveM2).toBe('地上建筑面');
    expect(loaded.input.fieldMap.revenue).toBe('营业收入(');
    expect(loaded.input.unmatchedColumns).not.toContain('地上建筑面');
    expect(Array.from(loaded.columns.gfaAboveM2).some((v) => v > 0)).toBe(true);
    expect(progress.map((p) => p.stage)).toContain('convert');
    // The plots are the worker's now: the analysis runs on them.
    expect(await api.rowOfId(String((await api.plotDetail(0)).properties.id))).toBe(0);
  });

  it('says why a projected CSV cannot be placed, and reads it once a system is chosen', async () => {
    const api = createWorkerApi();
    const refused = await api.inspect(staged('plots-4549-gbk.csv'), {});
    expect(refused.crs).toBeNull();
    expect(refused.crsProblem).toMatch(/EPSG:4549/);
    expect(refused.crsChoices[0]).toBe('EPSG:4549');
    expect(refused.outlineSample).toEqual([]);
    const chosen = await api.inspect(null, { crs: 'EPSG:4549' });
    expect(chosen.crs).toMatchObject({ label: 'EPSG:4549', source: 'declared' });
    expect(chosen.bboxWgs84![0]).toBeGreaterThan(121.4);
  });
});
