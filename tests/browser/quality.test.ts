import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { localProjection, unprojectXY } from '../../src/index.ts';
import { ARTIFACTS, pagePointOf, screenPixel, startHarness, waitForAnalysis, type Harness } from './harness.ts';

/**
 * The data-quality report in the viewer, on a fixture with one problem of each kind laid out in
 * metres about 121.47°E 31.024°N (tests/quality/writeQualityFixture.ts): Q-A/Q-B overlap by
 * 2000 m², Q-C/Q-D are duplicates, Q-S is a sliver, Q-U has an unknown code, Q-BOW is a bow-tie
 * (left out), Q-CW was wound clockwise (repaired), Q-OK has nothing wrong.
 */
const FIXTURE = '?plots=/tests/fixtures/browser/plots-quality.geojson&subparks=/tests/fixtures/browser/subparks.geojson';
const CAMERA = '#c=121.47,31.0235,16.3,0,0&asof=2025-06-30';
const ORIGIN = localProjection(121.47, 31.024);
/** The middle of Q-A's west edge (x = 0, y = 50 m), where its outline is drawn; and of Q-OK's (x = -500). */
const Q_A_EDGE = unprojectXY(ORIGIN, 0, 50);
const Q_OK_EDGE = unprojectXY(ORIGIN, -500, 50);

let h: Harness;
let page: Page;

interface QualityHooks {
  quality: { getState(): { quality: { findingCount: number } | null } };
}

const isMagenta = ([r, g, b]: [number, number, number]) => r > 170 && g < 90 && b > 170;

async function pixelAt(p: Page, lonLat: [number, number]): Promise<[number, number, number]> {
  const { x, y } = await pagePointOf(p, lonLat);
  return screenPixel(p, x, y);
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  await page.goto(h.baseUrl + '/' + FIXTURE + CAMERA);
  await waitForAnalysis(page);
  await page.waitForFunction(() => ((globalThis as unknown as { __parktwin: QualityHooks }).__parktwin.quality.getState().quality?.findingCount ?? 0) > 0, undefined, { timeout: 90_000 });
  await page.waitForFunction(() => (globalThis as unknown as { __parktwin: { map(): { isStyleLoaded(): boolean } | null } }).__parktwin.map()?.isStyleLoaded(), undefined, { timeout: 90_000 });
}, 180_000);

afterAll(async () => {
  await h?.close();
});

describe('data quality in the viewer (Chromium)', () => {
  it('lists the overlap, the duplicate, the sliver and the other findings in the issues dialog', async () => {
    await page.click('[data-testid="quality-button"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="issues-dialog"] [data-testid="quality-row"]');
    const rows = await page.$$eval('[data-testid="quality-row"]', (trs) => trs.map((tr) => [tr.getAttribute('data-kind'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]));
    expect(rows.map((r) => r[0])).toEqual(['invalid-geometry', 'repaired-geometry', 'duplicate-geometry', 'overlap', 'sliver', 'unknown-land-use']);
    const byKind = new Map(rows.map((r) => [r[0], r]));
    expect(byKind.get('overlap')?.[1]).toBe('地块重叠');
    expect(byKind.get('overlap')?.[2]).toBe('Q-AQ-B');
    expect(byKind.get('overlap')?.[3]).toBe('2,000 平方米');
    expect(byKind.get('duplicate-geometry')?.[2]).toBe('Q-CQ-D');
    expect(byKind.get('sliver')?.[2]).toBe('Q-S');
    expect(byKind.get('invalid-geometry')?.[2]).toBe('Q-BOW');
    expect(await page.textContent('[data-testid="issues-tab-quality"]')).toBe('数据质量（6）');
    await page.screenshot({ path: join(ARTIFACTS, 'quality-dialog.png') });
  });

  it('downloads every finding as CSV, UTF-8 with BOM', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="quality-download"]')]);
    expect(download.suggestedFilename()).toBe('parktwin-data-quality.csv');
    const path = join(ARTIFACTS, 'quality.csv');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('类型,级别,代码,地块编号,要素序号,量值,单位,说明');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      'invalid-geometry,error,self-intersection,Q-BOW,6',
      'repaired-geometry,warning,ring-orientation,Q-CW,7',
      'duplicate-geometry,warning,duplicate-geometry,Q-C;Q-D,2;3',
      'overlap,warning,overlap,Q-A;Q-B,0;1',
      'sliver,warning,sliver,Q-S,4',
      'unknown-land-use,warning,XX9,Q-U,5',
    ]);
    await page.keyboard.press('Escape');
    await page.click('.modal-backdrop', { position: { x: 5, y: 5 } }).catch(() => undefined);
    await page.waitForSelector('[data-testid="issues-dialog"]', { state: 'detached' });
  });

  it('outlines the plots with findings in magenta, names them in the legend, and the layers panel hides them', async () => {
    await expect.poll(async () => isMagenta(await pixelAt(page, Q_A_EDGE)), { timeout: 15_000 }).toBe(true);
    expect(isMagenta(await pixelAt(page, Q_OK_EDGE))).toBe(false);
    expect(await page.textContent('[data-testid="legend"]')).toContain('数据质量问题地块');
    await page.screenshot({ path: join(ARTIFACTS, 'quality-layer.png') });
    const toggle = page.locator('[data-testid="quality-layer-toggle"]');
    if (!(await toggle.isVisible())) await page.click('[data-testid="tab-layers"]').catch(() => undefined);
    await toggle.uncheck();
    await expect.poll(async () => isMagenta(await pixelAt(page, Q_A_EDGE)), { timeout: 15_000 }).toBe(false);
    expect(await page.textContent('[data-testid="legend"]')).not.toContain('数据质量问题地块');
    await toggle.check();
    await expect.poll(async () => isMagenta(await pixelAt(page, Q_A_EDGE)), { timeout: 15_000 }).toBe(true);
  });

  it('sent no request outside localhost', () => {
    expect(h.outsideRequests).toEqual([]);
  });
});
