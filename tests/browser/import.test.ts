import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, startHarness, waitForAnalysis, type Harness } from './harness.ts';

const FIXTURE = '?plots=/tests/fixtures/browser/plots.geojson&subparks=/tests/fixtures/browser/subparks.geojson';
const CAMERA = '#c=121.462,31.024,14.2,0,0&asof=2025-06-30';
const IMPORT = 'tests/fixtures/import';

let h: Harness;
const pages: Page[] = [];
async function newPage(): Promise<Page> {
  const page = await h.newPage();
  pages.push(page);
  return page;
}

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close().catch(() => undefined);
});

beforeAll(async () => {
  h = await startHarness();
}, 180_000);

afterAll(async () => {
  await h?.close();
});

type Bbox = [number, number, number, number];

interface Hooks {
  data: { getState(): { status: string; openedFileName: string | null; plots: { plotCount: number; input: { format: string; encoding: string | null; crs: string; crsSource: string; bboxWgs84: Bbox | null; fieldMap: Record<string, string> }; columns: { gfaAboveM2: Float32Array } } | null } };
  import: { getState(): { phase: string; inspection: { bboxWgs84: Bbox | null; crs: { label: string } | null; issues: { code: string }[] } | null } };
  analysis: { getState(): { result: unknown; running: boolean } };
  requestAnalysis(): Promise<void>;
}

/** `read` runs in the page on its hooks (it is sent as source: it may use nothing from here). */
const hooks = <T>(page: Page, read: (h: Hooks) => T): Promise<T> => page.evaluate(`(${read.toString()})(globalThis.__parktwin)`);

/** Where the WGS84 GeoJSON the fixtures were written from puts the plots. */
function referenceOf(): { count: number; bbox: Bbox; gfaAboveM2: number } {
  const fc = JSON.parse(readFileSync(resolve(IMPORT, 'reference.geojson'), 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  const bbox: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  let gfa = 0;
  for (const f of fc.features) {
    gfa += Number(f.properties?.gfaAboveM2 ?? 0);
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polygons.flat(2)) {
      bbox[0] = Math.min(bbox[0], p[0]);
      bbox[1] = Math.min(bbox[1], p[1]);
      bbox[2] = Math.max(bbox[2], p[0]);
      bbox[3] = Math.max(bbox[3], p[1]);
    }
  }
  return { count: fc.features.length, bbox, gfaAboveM2: gfa };
}

async function phaseIs(page: Page, phase: string, timeout = 90_000): Promise<void> {
  await page.waitForSelector(`[data-testid="import-step"][data-phase="${phase}"]`, { timeout });
}

async function openWithShownPlots(): Promise<Page> {
  const page = await newPage();
  await page.goto(h.baseUrl + '/' + FIXTURE + CAMERA);
  await waitForAnalysis(page, 120_000);
  return page;
}

function expectBboxNear(actual: Bbox | null | undefined, expected: Bbox, toleranceDeg: number): void {
  expect(actual).toBeTruthy();
  for (let i = 0; i < 4; i++) expect(Math.abs(actual![i] - expected[i])).toBeLessThan(toleranceDeg);
}

describe('import step (issue 9) in Chromium', { timeout: 240_000 }, () => {
  it('reads a GBK Shapefile in EPSG:4549 with Chinese columns, picked with its sibling files, into the right place', async () => {
    const reference = referenceOf();
    const page = await openWithShownPlots();
    const files = ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((ext) => resolve(IMPORT, `loose-4549.${ext}`));
    await page.setInputFiles('[data-testid="open-file-input"]', files);
    await phaseIs(page, 'step');
    expect(await page.textContent('[data-testid="import-format"]')).toContain('.shp');
    expect(await page.textContent('[data-testid="import-format"]')).toContain(`${reference.count} 个要素`);
    expect(await page.textContent('[data-testid="import-encoding"]')).toContain('GBK');
    const crs = await page.textContent('[data-testid="import-crs"]');
    expect(crs).toContain('EPSG:4549');
    expect(crs).toContain('来自文件');
    // Chinese column names recognised, decoded from GBK (not mojibake).
    expect(await page.inputValue('[data-testid="import-field-id"]')).toBe('地块编号');
    expect(await page.inputValue('[data-testid="import-field-subparkId"]')).toBe('所属分园');
    expect(await page.inputValue('[data-testid="import-field-landAreaM2"]')).toBe('用地面积');
    expect(await page.inputValue('[data-testid="import-field-evaluations.2024"]')).toBe('评价2024');
    // A .dbf cuts names at 10 bytes: 地上建筑面积 arrives as 地上建筑面, still recognised; a cut unit
    // (营业收入( ) is listed unmatched until the user maps it by hand.
    expect(await page.inputValue('[data-testid="import-field-gfaAboveM2"]')).toBe('地上建筑面');
    expect(await page.textContent('[data-testid="import-unmatched"]')).toContain('营业收入(');
    await page.selectOption('[data-testid="import-field-revenue"]', '营业收入(');
    expect(await page.textContent('[data-testid="import-unmatched"]')).not.toContain('营业收入(');
    // A recognised column set to none (—) stays unread at the commit.
    await page.selectOption('[data-testid="import-field-evaluations.2024"]', '');
    expect(await page.textContent('[data-testid="import-unmatched"]')).toContain('评价2024');
    // The preview is drawn where the plots are: orange pixels on the canvas.
    const orange = await page.evaluate(() => {
      const c = document.querySelector('[data-testid="import-preview"]') as HTMLCanvasElement;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] > 200 && d[i + 1] < 120 && d[i + 2] < 60) n++;
      return n;
    });
    expect(orange).toBeGreaterThan(50);
    await page.screenshot({ path: resolve(ARTIFACTS, 'import-step-shapefile.png') });

    await page.click('[data-testid="import-commit"]');
    await page.waitForFunction(() => (globalThis as unknown as { __parktwin: Hooks }).__parktwin.data.getState().openedFileName === 'loose-4549.shp', undefined, { timeout: 120_000 });
    await waitForAnalysis(page, 120_000);
    const loaded = await hooks(page, (x) => {
      const p = x.data.getState().plots!;
      return { count: p.plotCount, input: p.input, gfa: Array.from(p.columns.gfaAboveM2).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0), phase: x.import.getState().phase };
    });
    expect(loaded.phase).toBe('idle');
    expect(loaded.count).toBe(reference.count);
    expect(loaded.input).toMatchObject({ format: 'shapefile-shp', encoding: 'gbk', crs: 'EPSG:4549', crsSource: 'file' });
    expect(loaded.input.fieldMap.gfaAboveM2).toBe('地上建筑面');
    expect(loaded.input.fieldMap.revenue).toBe('营业收入(');
    expect(loaded.input.fieldMap['evaluations.2024']).toBeUndefined();
    // Gauss-Krüger metres back to lon/lat: within a centimetre or so of the WGS84 version.
    expectBboxNear(loaded.input.bboxWgs84, reference.bbox, 1e-6);
    expect(Math.abs(loaded.gfa - reference.gfaAboveM2)).toBeLessThan(1);
    // The report's input member is shown with the issues (the dialog opens when there are some).
    if (!(await page.isVisible('[data-testid="issues-dialog"]'))) await page.click('[data-testid="issues-button"], [data-testid="input-button"]');
    await page.click('[data-testid="input-summary"] summary');
    const summary = await page.textContent('[data-testid="input-summary"]');
    expect(summary).toContain('EPSG:4549');
    expect(summary).toContain('GBK');
    expect(summary).toContain('地上建筑面 → gfaAboveM2');
    await page.screenshot({ path: resolve(ARTIFACTS, 'import-input-summary.png') });
  });

  it('warns about a CSV with WKT and no coordinate system, and reads it as GCJ-02 when chosen', async () => {
    const reference = referenceOf();
    const page = await openWithShownPlots();
    await page.setInputFiles('[data-testid="open-file-input"]', resolve(IMPORT, 'plots-gcj02.csv'));
    await phaseIs(page, 'step');
    expect(await page.textContent('[data-testid="import-format"]')).toContain('CSV');
    expect(await page.textContent('[data-testid="import-warnings"]')).toContain('GCJ-02');
    const assumed = await hooks(page, (x) => x.import.getState().inspection!);
    expect(assumed.crs?.label).toBe('EPSG:4326');
    // Read as WGS84, GCJ-02 coordinates sit a few hundred metres off.
    expect(Math.abs(assumed.bboxWgs84![0] - reference.bbox[0])).toBeGreaterThan(0.002);
    await page.selectOption('[data-testid="import-crs-select"]', 'gcj02');
    await page.waitForFunction(() => (globalThis as unknown as { __parktwin: Hooks }).__parktwin.import.getState().inspection?.crs?.label === 'gcj02', undefined, { timeout: 60_000 });
    await phaseIs(page, 'step');
    expect(await page.textContent('[data-testid="import-crs"]')).toContain('已指定');
    await page.screenshot({ path: resolve(ARTIFACTS, 'import-step-csv-gcj02.png') });
    await page.click('[data-testid="import-commit"]');
    await page.waitForFunction(() => (globalThis as unknown as { __parktwin: Hooks }).__parktwin.data.getState().openedFileName === 'plots-gcj02.csv', undefined, { timeout: 120_000 });
    await waitForAnalysis(page, 120_000);
    const input = await hooks(page, (x) => ({ ...x.data.getState().plots!.input, count: x.data.getState().plots!.plotCount }));
    expect(input.count).toBe(reference.count);
    expect(input).toMatchObject({ format: 'csv', crs: 'gcj02', crsSource: 'declared' });
    // gcoord's GCJ-02 inverse is iterative: within a metre.
    expectBboxNear(input.bboxWgs84, reference.bbox, 1e-5);
  });

  it('refuses a projected CSV with no coordinate system until one is chosen', async () => {
    const page = await openWithShownPlots();
    await page.setInputFiles('[data-testid="open-file-input"]', resolve(IMPORT, 'plots-4549-gbk.csv'));
    await phaseIs(page, 'step');
    expect(await page.textContent('[data-testid="import-crs-problem"]')).toContain('EPSG:4549');
    expect(await page.isDisabled('[data-testid="import-commit"]')).toBe(true);
    await page.screenshot({ path: resolve(ARTIFACTS, 'import-step-refused.png') });
    await page.selectOption('[data-testid="import-crs-select"]', 'EPSG:4549');
    await page.waitForFunction(() => (globalThis as unknown as { __parktwin: Hooks }).__parktwin.import.getState().inspection?.crs?.label === 'EPSG:4549', undefined, { timeout: 60_000 });
    await phaseIs(page, 'step');
    expect(await page.isDisabled('[data-testid="import-commit"]')).toBe(false);
    expect(await page.textContent('[data-testid="import-encoding"]')).toMatch(/GBK|GB18030/);
  });

  it('opens a Shapefile dropped on the page as its sibling files together', async () => {
    const page = await openWithShownPlots();
    // A drop of several files, as from a file manager (the fixtures' bytes sent from here).
    // The analysis can finish before the UI chunk has mounted the page's drop listener (the worker
    // starts first): wait for the UI and for its effects to have run, or the drop falls on nothing.
    await page.waitForSelector('[data-testid="status-bar"]');
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
    const files = ['loose-4549.dbf', 'loose-4549.shp', 'loose-4549.prj', 'loose-4549.cpg', 'loose-4549.shx'].map((name) => ({ name, base64: readFileSync(resolve(IMPORT, name)).toString('base64') }));
    await page.evaluate((dropped) => {
      const transfer = new DataTransfer();
      for (const f of dropped) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, files);
    await phaseIs(page, 'step');
    expect(await page.textContent('[data-testid="import-crs"]')).toContain('EPSG:4549');
    expect(await page.textContent('[data-testid="import-encoding"]')).toContain('GBK');
    await page.click('[data-testid="import-cancel"]');
    await page.waitForSelector('[data-testid="import-step"]', { state: 'detached' });
    expect(await hooks(page, (x) => x.data.getState().openedFileName)).toBeNull();
  });

  it('reads a GeoPackage with two layers: a layer chooser, and sql.js from our own origin', async () => {
    const page = await openWithShownPlots();
    const wasm: string[] = [];
    page.on('request', (r) => /\.wasm($|\?)/.test(r.url()) && wasm.push(r.url()));
    await page.setInputFiles('[data-testid="open-file-input"]', resolve(IMPORT, 'two-layers.gpkg'));
    await phaseIs(page, 'step');
    expect(await page.textContent('[data-testid="import-format"]')).toContain('GeoPackage');
    const layers = await page.$$eval('[data-testid="import-layer-select"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(layers).toEqual(['centres', 'plots']);
    // The first polygon layer is suggested (the centres are points).
    expect(await page.inputValue('[data-testid="import-layer-select"]')).toBe('plots');
    expect(wasm.length).toBeGreaterThan(0);
    for (const url of wasm) expect(new URL(url).origin).toBe(h.baseUrl);
    await page.click('[data-testid="import-commit"]');
    await page.waitForFunction(() => (globalThis as unknown as { __parktwin: Hooks }).__parktwin.data.getState().openedFileName === 'two-layers.gpkg', undefined, { timeout: 120_000 });
    const input = await hooks(page, (x) => x.data.getState().plots!.input);
    expect(input).toMatchObject({ format: 'geopackage', crs: 'EPSG:4326' });
  });

  it('cancelling a load stops it and leaves the plots shown', async () => {
    const page = await openWithShownPlots();
    const before = await hooks(page, (x) => x.data.getState().plots!.plotCount);
    // A CSV large enough that reading it takes a while in the worker.
    const rows = ['WKT,地块编号,所属分园,用地性质'];
    for (let i = 0; i < 200_000; i++) {
      const x = 121.40 + (i % 400) * 0.0002;
      const y = 31.00 + Math.floor(i / 400) * 0.0002;
      rows.push(`"POLYGON ((${x} ${y},${x + 0.00015} ${y},${x + 0.00015} ${y + 0.00015},${x} ${y + 0.00015},${x} ${y}))",B${i},zizhu,100101`);
    }
    // By path: a 20 MB buffer sent through the DevTools protocol takes longer than reading it.
    const big = join(mkdtempSync(join(tmpdir(), 'parktwin-import-')), 'big.csv');
    writeFileSync(big, rows.join('\n'));
    await page.setInputFiles('[data-testid="open-file-input"]', big, { timeout: 90_000 });
    await phaseIs(page, 'step', 180_000);
    // Stop as soon as the progress bar shows, from inside the page: Playwright's own click waits for
    // the button to be stable over several frames, and a loaded machine may finish the read first.
    const stopped = page.evaluate(() => new Promise<string>((done) => {
      const observer = new MutationObserver(() => {
        const progress = document.querySelector('[data-testid="import-progress"]');
        if (!progress) return;
        observer.disconnect();
        document.querySelector<HTMLButtonElement>('[data-testid="import-cancel"]')!.click();
        done(progress.textContent ?? '');
      });
      observer.observe(document.body, { childList: true, subtree: true });
    }));
    await page.click('[data-testid="import-commit"]');
    expect(await stopped).toMatch(/正在/);
    await page.waitForSelector('[data-testid="import-step"]', { state: 'detached', timeout: 30_000 });
    await expect.poll(() => page.textContent('[data-testid="toast"]')).toContain('已取消导入');
    const after = await hooks(page, (x) => ({ count: x.data.getState().plots!.plotCount, status: x.data.getState().status, name: x.data.getState().openedFileName }));
    expect(after).toEqual({ count: before, status: 'ready', name: null });
    // The page's worker still holds the plots shown: a new analysis runs on them.
    await page.evaluate(() => (globalThis as unknown as { __parktwin: Hooks }).__parktwin.requestAnalysis());
    await waitForAnalysis(page, 60_000);
    // Nothing arrives later from the stopped read.
    await page.waitForTimeout(3000);
    expect(await hooks(page, (x) => x.data.getState().plots!.plotCount)).toBe(before);
  });
});
