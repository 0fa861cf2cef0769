import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { defaultLandUseTable } from '../../src/index.ts';
import { readPlots } from '../../src/io/readPlots.ts';
import { ARTIFACTS, pagePointOf, screenPixel, startHarness, waitForAnalysis, waitForMapSettled, waitForSelectionInView, type Harness } from './harness.ts';

const FIXTURE = '?plots=/tests/fixtures/browser/plots.geojson&subparks=/tests/fixtures/browser/subparks.geojson';
// Zizhu fixture: ZZ-001 is the south-west plot of the main cluster; the camera is set by the link.
const ZZ_001_CENTRE: [number, number] = [121.4543, 31.0224];
const CAMERA = '#c=121.462,31.024,14.2,0,0&asof=2025-06-30';

let h: Harness;
let page: Page;
/** The embedded sample's counts as first loaded (one parse thread). */
let sampleCounts: { shown: number; flagged: number; total: number } | null = null;

interface Hooks {
  mask: { getState(): { mask: { shownCount: number; flaggedShownCount: number } | null } };
  data: { getState(): { plots: { plotCount: number } | null } };
}

async function counts(p: Page): Promise<{ shown: number; flagged: number; total: number }> {
  return p.evaluate(() => {
    const hooks = (globalThis as unknown as { __parktwin: Hooks }).__parktwin;
    const m = hooks.mask.getState().mask;
    return { shown: m?.shownCount ?? -1, flagged: m?.flaggedShownCount ?? -1, total: hooks.data.getState().plots?.plotCount ?? -1 };
  });
}

/** A new page on `path` (default: the fixture and its camera), once its first analysis has arrived. */
async function openedPage(path = '/' + FIXTURE + CAMERA, timeoutMs = 60_000): Promise<Page> {
  const p = await h.newPage();
  await p.goto(h.baseUrl + path);
  await waitForAnalysis(p, timeoutMs);
  return p;
}

/** Waits until MapLibre has its style (projection and sources are usable). */
async function mapReady(p: Page): Promise<void> {
  await p.waitForFunction(() => (globalThis as unknown as { __parktwin: { map(): { isStyleLoaded(): boolean } | null } }).__parktwin.map()?.isStyleLoaded(), undefined, { timeout: 30_000 });
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  await page.goto(h.baseUrl + '/' + FIXTURE + CAMERA);
  await waitForAnalysis(page);
}, 180_000);

afterAll(async () => {
  await h?.close();
});

describe('viewer in Chromium (fixture)', () => {
  it('shows every plot of the file, counted in the status bar', async () => {
    await page.waitForSelector('[data-testid="shown-count"]');
    expect(await counts(page)).toMatchObject({ shown: 7, total: 7 });
    await expect.poll(() => page.textContent('[data-testid="shown-count"]')).toContain('7 / 7');
    await page.screenshot({ path: join(ARTIFACTS, 'fixture-landuse.png') });
  });

  it('opens the inspector on click, with each flag explained with numbers, threshold and clause', async () => {
    const { x, y } = await pagePointOf(page, ZZ_001_CENTRE);
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await page.waitForSelector('[data-testid="inspector"]');
    expect(await page.textContent('[data-testid="inspector-id"]')).toBe('ZZ-001');
    const text = await page.textContent('[data-testid="flag-explanations"]');
    expect(text).toContain('生活配套');
    expect(text).toContain('15.4%');
    expect(text).toContain('15%');
    expect(text).toContain('沪府规〔2021〕9号');
    await page.screenshot({ path: join(ARTIFACTS, 'fixture-inspector.png') });
  });

  it('shows attribute text containing HTML as text, never as markup', async () => {
    const name = await page.textContent('[data-testid="inspector-name"]');
    expect(name).toBe('<img src=x onerror="window.__xss=1">紫竹<b>一号</b>');
    expect(await page.locator('[data-testid="inspector"] img').count()).toBe(0);
    expect(await page.locator('[data-testid="inspector"] b').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('re-runs the analysis when a threshold changes, and the flagged count follows', async () => {
    const before = await counts(page);
    await page.click('[data-testid="tab-params"]');
    await page.fill('[data-testid="param-farTargetIndustrial"]', '1');
    await expect.poll(async () => (await counts(page)).flagged, { timeout: 30_000 }).toBeLessThan(before.flagged);
    await page.fill('[data-testid="param-farTargetIndustrial"]', '2');
    await expect.poll(async () => (await counts(page)).flagged, { timeout: 30_000 }).toBe(before.flagged);
  });

  it('hides plots with a filter', async () => {
    await page.click('[data-testid="tab-filters"]');
    await page.click('[data-testid="filter-flag-removal-candidate"]');
    await expect.poll(async () => (await counts(page)).shown).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'fixture-filtered.png') });
    await page.click('[data-testid="clear-filters"]');
    await expect.poll(async () => (await counts(page)).shown).toBe(7);
  });

  it('downloads the flagged list as CSV, UTF-8 with BOM', async () => {
    await page.click('[data-testid="export-button"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const path = join(ARTIFACTS, 'flagged.csv');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0].split(',')[0]).toBe('地块编号');
    const { flagged } = await counts(page);
    expect(lines).toHaveLength(flagged + 1);
    const removal = lines.find((l) => l.startsWith('ZZ-900,'));
    expect(removal).toContain('removal-candidate');
    // Text that a spreadsheet would run as a formula is neutralised; HTML stays plain text.
    expect(lines.find((l) => l.startsWith('ZZ-001,'))).toContain('"<img src=x onerror=""window.__xss=1"">紫竹<b>一号</b>"');
  });

  it('switches to English and back', async () => {
    await page.click('[data-testid="language-switch"]');
    await expect.poll(() => page.textContent('.brand-title')).toBe('ParkTwin');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.textContent('[data-testid="flag-explanations"]')).toContain('HFG [2021] No. 9');
    await page.screenshot({ path: join(ARTIFACTS, 'fixture-english.png') });
    await page.click('[data-testid="language-switch"]');
    await expect.poll(() => page.textContent('.brand-title')).toBe('园区孪生');
  });

  it('finds a plot by name and opens it, flying there', async () => {
    await page.fill('[data-testid="search"]', '外围');
    await page.waitForSelector('.search-results li[role="option"]');
    await page.press('[data-testid="search"]', 'Enter');
    await expect.poll(() => page.textContent('[data-testid="inspector-id"]')).toBe('ZZ-900');
    expect(await page.getAttribute('[data-flag="removal-candidate"]', 'data-flag')).toBe('removal-candidate');
    await waitForSelectionInView(page);
    await page.screenshot({ path: join(ARTIFACTS, 'fixture-search.png') });
  });

  it('copies a link that restores theme, filters and selection', async () => {
    await page.keyboard.press('Escape');
    await page.click('[data-testid="tab-layers"]');
    await page.click('[data-testid="theme-flags"]');
    await page.click('[data-testid="tab-filters"]');
    await page.click('[data-testid="filter-category-industrial"]');
    await page.fill('[data-testid="search"]', 'ZZ-001');
    await page.waitForSelector('.search-results li[role="option"]');
    await page.press('[data-testid="search"]', 'Enter');
    await expect.poll(() => page.textContent('[data-testid="inspector-id"]')).toBe('ZZ-001');
    const shown = (await counts(page)).shown;
    await page.click('[data-testid="export-button"]');
    await page.click('[data-testid="copy-link"]');
    await expect.poll(() => page.url()).toContain('sel=ZZ-001');
    const restored = await h.newPage();
    await restored.goto(page.url());
    await waitForAnalysis(restored);
    await expect.poll(() => restored.textContent('[data-testid="inspector-id"]')).toBe('ZZ-001');
    expect(await restored.isChecked('[data-testid="theme-flags"]')).toBe(true);
    expect((await counts(restored)).shown).toBe(shown);
    await restored.screenshot({ path: join(ARTIFACTS, 'fixture-restored-link.png') });
    await restored.close();
    await page.click('[data-testid="tab-filters"]');
    await page.click('[data-testid="clear-filters"]');
  });

  it('loads the embedded sample with every plot the core reads from it, over the offline basemap', async () => {
    const read = await readPlots(createReadStream('data/sample/plots.geojson') as AsyncIterable<Uint8Array>, { landUse: defaultLandUseTable() });
    const sample = await openedPage('/', 120_000);
    sampleCounts = await counts(sample);
    expect(sampleCounts).toMatchObject({ shown: read.table.count, total: read.table.count });
    expect(await sample.textContent('[data-testid="data-label"]')).toContain('示例数据');
    const firstFrameMs = await sample.evaluate(() => (globalThis as unknown as { __parktwinPerf: { firstPlotsFrameMs: number } }).__parktwinPerf.firstPlotsFrameMs);
    console.log(`sample: ${read.table.count} plots, first full frame ${Math.round(firstFrameMs)} ms after navigation (software WebGL)`);
    // The sub-park outlines are drawn over the plots once their layers are in the style.
    await sample.waitForFunction(() => (globalThis as unknown as { __parktwin: { cursor: { getState(): { subparkLayersReady: boolean } } } }).__parktwin.cursor.getState().subparkLayersReady, undefined, { timeout: 30_000 });
    await waitForMapSettled(sample);
    await sample.screenshot({ path: join(ARTIFACTS, 'sample-whole-zone.png') });
    await sample.keyboard.press('2');
    await sample.waitForFunction(() => (globalThis as unknown as { __parktwin: { view: { getState(): { theme: string } } } }).__parktwin.view.getState().theme === 'flags');
    await waitForMapSettled(sample);
    await sample.screenshot({ path: join(ARTIFACTS, 'sample-flags.png') });
    await sample.keyboard.press('d');
    await sample.waitForSelector('[data-testid="dashboard"] [data-testid^="card-"]');
    await sample.screenshot({ path: join(ARTIFACTS, 'sample-dashboard.png') });
    await sample.close();
  }, 180_000);

  it('loads the sample the same with parsing spread over two parse workers (?threads=2)', async () => {
    expect(sampleCounts).not.toBeNull();
    const parallel = await openedPage('/?threads=2', 120_000);
    expect(await counts(parallel)).toEqual(sampleCounts);
    const threads = await parallel.evaluate(() => (globalThis as unknown as { __parktwin: { data: { getState(): { plots: { parseThreads: number } | null } } } }).__parktwin.data.getState().plots?.parseThreads);
    expect(threads).toBe(2);
    await parallel.close();
  }, 180_000);

  it('falls back to the offline map when a configured PMTiles basemap cannot be read', async () => {
    const other = await openedPage('/' + FIXTURE + '&basemap=/tiles/missing.pmtiles' + CAMERA);
    await mapReady(other);
    const layers = await other.evaluate(() =>
      (globalThis as unknown as { __parktwin: { map(): { getStyle(): { layers: { id: string }[] } } } }).__parktwin.map().getStyle().layers.map((l) => l.id),
    );
    expect(layers).toContain('district-line');
    await other.close();
  });

  it('sent no request outside localhost', () => {
    expect(h.outsideRequests).toEqual([]);
  });

  it('lists every problem of a bad file with its feature, field and reason, and downloads them all', async () => {
    const bad = await openedPage('/?plots=/tests/fixtures/browser/plots-with-problems.geojson&subparks=/tests/fixtures/browser/subparks.geojson' + CAMERA);
    // 11 features: 3 left out with errors, the 8 others loaded (one with a warning).
    expect(await counts(bad)).toMatchObject({ total: 8 });
    await bad.click('[data-testid="issues-button"]');
    await bad.waitForSelector('[data-testid="issues-dialog"]');
    const rows = await bad.$$eval('[data-testid="issue-row"]', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['7', 'ZZ-002', '错误', 'id', '地块编号重复 id "ZZ-002" is already used by the feature at index 1; ids must be unique'],
      ['8', 'ZZ-BAD-1', '错误', 'geometry', expect.stringContaining('distinct positions')],
      ['9', 'ZZ-WARN-1', '警告', 'vacancyRate', expect.stringContaining('write 0.35 for 35%')],
      ['10', '<b>ZZ-LINE</b>', '错误', 'geometry', expect.stringContaining('LineString')],
    ]);
    expect(await bad.locator('[data-testid="issues-dialog"] b').count()).toBe(0);
    await bad.screenshot({ path: join(ARTIFACTS, 'fixture-issues.png') });
    const [download] = await Promise.all([bad.waitForEvent('download'), bad.click('[data-testid="issues-download"]')]);
    const path = join(ARTIFACTS, 'issues.csv');
    await download.saveAs(path);
    const csv = readFileSync(path);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('要素序号,地块编号,级别,问题代码,字段,说明');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      '7,ZZ-002,error,duplicate-id,id',
      '8,ZZ-BAD-1,error,too-few-positions,geometry',
      '9,ZZ-WARN-1,warning,share-out-of-range,vacancyRate',
      '10,<b>ZZ-LINE</b>,error,unsupported-geometry-type,geometry',
    ]);
    await bad.keyboard.press('Escape');
    await expect.poll(() => bad.locator('[data-testid="issues-dialog"]').count()).toBe(0);
    // A warning's plot is loaded: its id in the list opens it on the map.
    await bad.click('[data-testid="issues-button"]');
    await bad.click('[data-testid="issue-plot"]');
    await expect.poll(() => bad.textContent('[data-testid="inspector-id"]'), { timeout: 10_000 }).toBe('ZZ-WARN-1');
    expect(await bad.locator('[data-testid="issues-dialog"]').count()).toBe(0);
    await bad.close();
  }, 90_000);

  it('opens a plots file from disk, lists its problems, and keeps the plots when a file cannot be read', async () => {
    const local = await openedPage();
    expect((await counts(local)).total).toBe(7);
    await local.setInputFiles('[data-testid="open-file-input"]', 'tests/fixtures/browser/plots-with-problems.geojson');
    await expect.poll(async () => (await counts(local)).total, { timeout: 30_000 }).toBe(8);
    await waitForAnalysis(local);
    // A file with problems opens its issue list at once.
    await local.waitForSelector('[data-testid="issues-dialog"]');
    // The fixture's sub-park outline belonged to the old data.
    const outlineFeatures = await local.evaluate(() =>
      (globalThis as unknown as { __parktwin: { map(): { querySourceFeatures(id: string): unknown[] } } }).__parktwin.map().querySourceFeatures('subparks').length,
    );
    expect(outlineFeatures).toBe(0);
    expect(await local.locator('[data-testid="issue-row"]').count()).toBe(4);
    await local.keyboard.press('Escape');
    await local.setInputFiles('[data-testid="open-file-input"]', 'tests/fixtures/io/not-geojson.html');
    await expect.poll(() => local.textContent('[data-testid="toast"]'), { timeout: 30_000 }).toContain('无法打开 not-geojson.html');
    expect((await counts(local)).total).toBe(8);
    expect(await local.locator('[data-testid="load-error"]').count()).toBe(0);
    await local.screenshot({ path: join(ARTIFACTS, 'fixture-open-failed.png') });
    await local.close();
  }, 90_000);

  it('paints a plot in the colour its legend gives, per theme', async () => {
    const themed = await openedPage();
    await mapReady(themed);
    await themed.mouse.move(5, 300); // no hover highlight
    const { x, y } = await pagePointOf(themed, ZZ_001_CENTRE);
    const near = (rgb: [number, number, number], hex: string) => {
      const n = parseInt(hex.slice(1), 16);
      const want = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
      return rgb.every((v, i) => Math.abs(v - want[i]) <= 24);
    };
    // ZZ-001 is industrial; its flags are the 15% amenity cap (drawn first) and low FAR.
    await expect.poll(async () => near(await screenPixel(themed, x, y), '#bb9674'), { timeout: 15_000 }).toBe(true);
    await themed.click('[data-testid="theme-flags"]');
    await expect.poll(async () => near(await screenPixel(themed, x, y), '#c2a5cf'), { timeout: 15_000 }).toBe(true);
    await themed.click('[data-testid="theme-landUse"]');
    await expect.poll(async () => near(await screenPixel(themed, x, y), '#bb9674'), { timeout: 15_000 }).toBe(true);
    // The legend folds to its title and back.
    expect(await themed.locator('[data-testid="legend"] li').count()).toBeGreaterThan(2);
    await themed.click('[data-testid="legend-toggle"]');
    expect(await themed.locator('[data-testid="legend"] li').count()).toBe(0);
    await themed.click('[data-testid="legend-toggle"]');
    expect(await themed.locator('[data-testid="legend"] li').count()).toBeGreaterThan(2);
    await themed.close();
  }, 90_000);

  it('undoes and redoes a rule edit, and keeps edits in the address so a reload restores them', async () => {
    const edits = await openedPage();
    const before = await counts(edits);
    await edits.click('[data-testid="tab-params"]');
    expect(await edits.isDisabled('[data-testid="params-undo"]')).toBe(true);
    await edits.fill('[data-testid="param-farTargetIndustrial"]', '1');
    await expect.poll(async () => (await counts(edits)).flagged, { timeout: 30_000 }).toBeLessThan(before.flagged);
    const lowered = (await counts(edits)).flagged;
    await edits.click('[data-testid="params-undo"]');
    await expect.poll(async () => (await counts(edits)).flagged, { timeout: 30_000 }).toBe(before.flagged);
    expect(await edits.inputValue('[data-testid="param-farTargetIndustrial"]')).toBe('2');
    await edits.click('[data-testid="params-redo"]');
    await expect.poll(async () => (await counts(edits)).flagged, { timeout: 30_000 }).toBe(lowered);
    // The address follows the view as it changes; a reload (or a crash) restores it.
    await expect.poll(() => decodeURIComponent(edits.url()), { timeout: 10_000 }).toContain('farTargetIndustrial:1');
    await edits.reload();
    await waitForAnalysis(edits);
    await edits.click('[data-testid="tab-params"]');
    expect(await edits.inputValue('[data-testid="param-farTargetIndustrial"]')).toBe('1');
    expect((await counts(edits)).flagged).toBe(lowered);
    await edits.close();
  }, 120_000);

  it('draws and picks plots extruded in 3D (by height), and flat again', async () => {
    const p3d = await openedPage();
    await p3d.click('[data-testid="extrusion-height"]');
    await waitForMapSettled(p3d, 50); // the camera tilts to 50°
    const { x, y } = await pagePointOf(p3d, ZZ_001_CENTRE);
    await p3d.mouse.click(x, y - 3);
    // Picking renders the same models and buffers: a layer that lost its attributes picks nothing.
    await expect.poll(() => p3d.textContent('[data-testid="inspector-id"]'), { timeout: 10_000 }).toBe('ZZ-001');
    await p3d.screenshot({ path: join(ARTIFACTS, 'fixture-3d.png') });
    await p3d.keyboard.press('Escape');
    await p3d.click('[data-testid="extrusion-none"]');
    await waitForMapSettled(p3d, 0);
    const flat = await pagePointOf(p3d, ZZ_001_CENTRE);
    await p3d.mouse.click(flat.x, flat.y);
    await expect.poll(() => p3d.textContent('[data-testid="inspector-id"]'), { timeout: 10_000 }).toBe('ZZ-001');
    await p3d.close();
  }, 90_000);
});
