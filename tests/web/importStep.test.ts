import { describe, expect, it } from 'vitest';
import { editorFieldsOf, fieldsForColumns, fieldsWithColumn, unmatchedColumnsOf } from '../../web/import/fieldMapping.ts';
import { PRESETS_STORAGE_KEY, loadPresets, presetNamesOf, presetsOfText, presetsWithSaved, presetsWithout, storePresets } from '../../web/import/importPresets.ts';
import {
  INITIAL_IMPORT, commitFractionOf, commitProgressed, commitStarted, fieldColumnSet, importClosed, importFailed, importStarted, inspected,
  importChoicesOf, presetApplied, presetSaved, selectionChanged, type ImportState,
} from '../../web/import/importStore.ts';
import { createFieldMapper } from '../../src/index.ts';
import { bboxOfRings, previewFrameOf, scaleBarMetresOf } from '../../web/import/previewFrame.ts';
import { needsImportStep } from '../../web/import/openFiles.ts';
import type { InputInspection } from '../../src/index.ts';

const COLUMNS = ['地块编号', '所属分园', '地上建筑面', '评价2024', '备注'];

function inspection(fieldMap: Record<string, string>): InputInspection {
  return {
    format: 'shapefile-shp', formatLabel: 'Shapefile', layer: null, layers: [], encoding: 'gbk',
    crs: { label: 'EPSG:4549', name: 'CGCS2000 / 3-degree Gauss-Kruger CM 120E', source: 'file' }, crsProblem: null, crsChoices: [],
    columns: COLUMNS, mapping: { fieldMap, unmatchedColumns: [] }, featureCount: 3, bboxWgs84: null, issues: [], outlineSample: [],
  };
}

describe('the field mapping editor', () => {
  it('reads a column into one field only: the field that held it lets it go', () => {
    const fields = { id: '地块编号', subparkId: '所属分园' };
    expect(fieldsWithColumn(fields, 'gfaAboveM2', '地上建筑面')).toEqual({ id: '地块编号', subparkId: '所属分园', gfaAboveM2: '地上建筑面' });
    expect(fieldsWithColumn(fields, 'name', '地块编号')).toEqual({ subparkId: '所属分园', name: '地块编号' });
    expect(fieldsWithColumn(fields, 'id', null)).toEqual({ subparkId: '所属分园' });
    expect(fields).toEqual({ id: '地块编号', subparkId: '所属分园' });
  });

  it('lists the columns that fill no field, in file order', () => {
    expect(unmatchedColumnsOf(COLUMNS, { id: '地块编号', 'evaluations.2024': '评价2024' })).toEqual(['所属分园', '地上建筑面', '备注']);
  });

  it('lists every mappable field, then the evaluation years the mapping holds', () => {
    const fields = editorFieldsOf({ 'evaluations.2025': 'b', 'evaluations.2023': 'a', id: 'x' });
    expect(fields.slice(0, 3)).toEqual(['id', 'subparkId', 'landUse']);
    expect(fields).toContain('gfaAboveM2');
    expect(fields.slice(-2)).toEqual(['evaluations.2023', 'evaluations.2025']);
  });

  it('keeps only the entries of a saved mapping whose column the file has', () => {
    expect(fieldsForColumns({ id: '地块编号', tax: '税收（万元）' }, COLUMNS)).toEqual({ id: '地块编号' });
  });
});

describe('mapping presets', () => {
  it('saves, names and deletes presets without changing the old value', () => {
    const one = presetsWithSaved({}, '  浦东局  ', { id: 'DKBH' });
    expect(one).toEqual({ 浦东局: { id: 'DKBH' } });
    expect(presetsWithSaved(one, '   ', { id: 'X' })).toBe(one);
    const two = presetsWithSaved(one, '闵行局', { id: 'Y' });
    // In pinyin order, as a Chinese user looks for them.
    expect(presetNamesOf(two)).toEqual(['闵行局', '浦东局']);
    expect(presetsWithout(two, '闵行局')).toEqual(one);
    expect(two.闵行局).toEqual({ id: 'Y' });
  });

  it('reads stored text leniently: junk and wrong shapes are left out', () => {
    expect(presetsOfText(null)).toEqual({});
    expect(presetsOfText('{not json')).toEqual({});
    expect(presetsOfText('[1,2]')).toEqual({});
    expect(presetsOfText('{"a":{"id":"DKBH","n":3},"b":"x","c":[1]}')).toEqual({ a: { id: 'DKBH' } });
  });

  it('round-trips through storage and survives a storage that throws', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(storePresets({ p: { id: 'DKBH' } }, storage)).toBe(true);
    expect(store.has(PRESETS_STORAGE_KEY)).toBe(true);
    expect(loadPresets(storage)).toEqual({ p: { id: 'DKBH' } });
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(loadPresets(broken)).toEqual({});
    expect(storePresets({}, broken)).toBe(false);
  });
});

describe('import step updaters', () => {
  const started = importStarted({ ...INITIAL_IMPORT, presets: { keep: { id: 'A' } } }, ['a.shp', 'a.dbf']);

  it('starts inspecting, keeping the presets, and shows the suggested mapping', () => {
    expect(started).toMatchObject({ phase: 'inspecting', fileNames: ['a.shp', 'a.dbf'], presets: { keep: { id: 'A' } } });
    const shown = inspected(started, inspection({ id: '地块编号' }));
    expect(shown.phase).toBe('step');
    expect(shown.fields).toEqual({ id: '地块编号' });
  });

  it('a chosen coordinate system or encoding asks for a new inspection; empty means the file’s own', () => {
    const shown = inspected(started, inspection({}));
    const chosen = selectionChanged(shown, 'crs', 'gcj02');
    expect(chosen).toMatchObject({ phase: 'inspecting', selections: { crs: 'gcj02' } });
    expect(selectionChanged(chosen, 'crs', '').selections.crs).toBeUndefined();
  });

  it('applies a preset over the suggestion, only for columns this file has', () => {
    let s: ImportState = inspected({ ...started, presets: { p: { gfaAboveM2: '地上建筑面', id: '所属分园', tax: '没有这列' } } }, inspection({ id: '地块编号', subparkId: '所属分园' }));
    s = presetApplied(s, 'p');
    expect(s.fields).toEqual({ gfaAboveM2: '地上建筑面', id: '所属分园' });
    expect(presetApplied(s, 'missing')).toBe(s);
    s = fieldColumnSet(s, 'subparkId', '所属分园');
    expect(s.fields).toEqual({ gfaAboveM2: '地上建筑面', subparkId: '所属分园' });
    expect(presetSaved(s, 'mine').presets.mine).toEqual(s.fields);
  });

  it('reads at the commit exactly the mapping the editor shows: a recognised column set to none stays none', () => {
    // What the worker's mapper makes of the choices, as the inspection and the commit's read do.
    const mappingOf = (state: ImportState) => {
      const mapper = createFieldMapper({ fields: importChoicesOf(state).fields });
      mapper.observe(COLUMNS);
      return mapper.summary();
    };
    let s = inspected(started, inspection(mappingOf(started).fieldMap));
    expect(s.fields).toEqual({ id: '地块编号', subparkId: '所属分园', gfaAboveM2: '地上建筑面', 'evaluations.2024': '评价2024' });
    s = fieldColumnSet(s, 'subparkId', null);
    s = fieldColumnSet(s, 'evaluations.2024', null);
    expect(importChoicesOf(s).fields).toEqual({ subparkId: null, 'evaluations.2024': null });
    expect(mappingOf(s).fieldMap).toEqual(s.fields);
    expect(mappingOf(s).unmatchedColumns).toEqual(['所属分园', '评价2024', '备注']);
    // A re-inspection (another encoding, say) keeps the choice, and so does the commit after it.
    s = inspected(selectionChanged(s, 'encoding', 'gb18030'), inspection(mappingOf(s).fieldMap));
    expect(s.fields).toEqual({ id: '地块编号', gfaAboveM2: '地上建筑面' });
    expect(mappingOf(s).fieldMap).toEqual(s.fields);
    // A column moved to another field leaves the first one empty, not recognised again.
    s = fieldColumnSet(s, 'name', '地块编号');
    expect(s.fields).toEqual({ gfaAboveM2: '地上建筑面', name: '地块编号' });
    expect(mappingOf(s).fieldMap).toEqual(s.fields);
    // Choosing a column again undoes "none".
    s = fieldColumnSet(s, 'subparkId', '所属分园');
    expect(mappingOf(s).fieldMap).toEqual({ gfaAboveM2: '地上建筑面', name: '地块编号', subparkId: '所属分园' });
  });

  it('goes back to the step when the commit fails, and closes keeping presets', () => {
    const shown = inspected(started, inspection({}));
    const loading = commitStarted(shown);
    expect(loading.phase).toBe('loading');
    const progressed = commitProgressed(loading, { stage: 'convert', bytes: 1, totalBytes: 1, fraction: 0.5 });
    expect(commitFractionOf(progressed.progress)).toBeCloseTo(0.5);
    expect(commitProgressed(shown, { stage: 'convert', bytes: 1, totalBytes: 1, fraction: 0.5 })).toBe(shown);
    expect(importFailed(loading, 'bad')).toMatchObject({ phase: 'step', error: 'bad', progress: null });
    expect(importFailed(started, 'unreadable').phase).toBe('idle');
    expect(importClosed(loading)).toEqual({ ...INITIAL_IMPORT, presets: started.presets });
  });

  it('moves the progress bar forward through the stages', () => {
    const order = [
      commitFractionOf(null),
      commitFractionOf({ stage: 'decode', bytes: 0, totalBytes: 0 }),
      commitFractionOf({ stage: 'convert', bytes: 0, totalBytes: 0, fraction: 0 }),
      commitFractionOf({ stage: 'convert', bytes: 0, totalBytes: 0, fraction: 1 }),
      commitFractionOf({ stage: 'geometry', bytes: 0, totalBytes: 0 }),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(order.at(-1)).toBeLessThan(1);
  });
});

describe('opening files', () => {
  it('sends one GeoJSON straight through and everything else to the import step', () => {
    expect(needsImportStep(['plots.geojson'])).toBe(false);
    expect(needsImportStep(['plots.ndjson'])).toBe(false);
    expect(needsImportStep(['a.shp', 'a.dbf', 'a.shx'])).toBe(true);
    expect(needsImportStep(['plots.zip'])).toBe(true);
    expect(needsImportStep(['plots.csv'])).toBe(true);
    expect(needsImportStep(['a.geojson', 'b.geojson'])).toBe(true);
  });
});

describe('the preview frame', () => {
  it('fits the plots with a minimum span, north up, and a readable scale bar', () => {
    const bbox = bboxOfRings([[121.45, 31.0, 121.46, 31.0, 121.46, 31.01]]);
    expect(bbox).toEqual([121.45, 31.0, 121.46, 31.01]);
    const frame = previewFrameOf(bbox!, 400, 300, 3000, 10);
    const [cx, cy] = frame.toPixel(121.455, 31.005);
    expect(cx).toBeCloseTo(200);
    expect(cy).toBeCloseTo(150);
    const [, yNorth] = frame.toPixel(121.455, 31.01);
    expect(yNorth).toBeLessThan(cy);
    // 3 km across at least, in 280 px of height.
    expect(frame.metresPerPixel).toBeCloseTo(3000 / 280, 5);
    // A GCJ-02 offset of ~500 m moves the outline by tens of pixels: visible.
    expect(500 / frame.metresPerPixel).toBeGreaterThan(40);
    expect(scaleBarMetresOf(frame.metresPerPixel)).toBe(1000);
    expect(bboxOfRings([])).toBeNull();
  });
});
