import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, pagePointOf, startHarness, waitForAnalysis, waitForMapSettled, type Harness } from './harness.ts';

// The fixture's Zizhu cluster: 3 × 2 plots of 0.002° squares, ZZ-001 at the south-west
// (121.4533..121.4553, 31.0214..31.0234). Zoom 16: a plot is ~90 px wide, the snap radius 10 px.
const FIXTURE = '?plots=/tests/fixtures/browser/plots.geojson&subparks=/tests/fixtures/browser/subparks.geojson';
const CAMERA = '#c=121.4563,31.0225,16,0,0&asof=2025-06-30';
const FIXTURE_IDS: string[] = JSON.parse(readFileSync('tests/fixtures/browser/plots.geojson', 'utf8')).features.map((f: { properties: { id: string } }) => f.properties.id);

type ToolEvent =
  | { type: 'drawn'; feature: { geometry: { coordinates: number[][][] } } }
  | { type: 'refused'; reason: { code: string; message: string } }
  | { type: 'area'; mode: string; ring: number[][]; rows: number[] };

interface TestHooks {
  __parktwinTest: { mountMapTools(): Promise<number>; mapTools: { events: ToolEvent[]; setMode(m: string): void } };
  __parktwin: { ui: { getState(): { selectedRow: number } } };
}

let h: Harness;
let page: Page;

async function events(): Promise<ToolEvent[]> {
  return page.evaluate(() => (globalThis as unknown as TestHooks).__parktwinTest.mapTools.events.slice());
}

async function takeEvents(count: number): Promise<ToolEvent[]> {
  await expect.poll(async () => (await events()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return page.evaluate(() => (globalThis as unknown as TestHooks).__parktwinTest.mapTools.events.splice(0));
}

/** A click at a lon/lat, shifted by dx, dy pixels, with a move first (terra-draw follows the pointer). */
async function clickAt(lonLat: [number, number], dx = 0, dy = 0): Promise<void> {
  const p = await pagePointOf(page, lonLat);
  await page.mouse.move(p.x + dx, p.y + dy, { steps: 3 });
  await page.mouse.down();
  await page.mouse.up();
  // One frame, so a software-WebGL frame does not merge two clicks into a double click.
  await page.waitForTimeout(350);
}

async function selectedRow(): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as TestHooks).__parktwin.ui.getState().selectedRow);
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  await page.goto(h.baseUrl + '/' + FIXTURE + CAMERA);
  await waitForAnalysis(page);
  await waitForMapSettled(page);
  const buildMs = await page.evaluate(() => (globalThis as unknown as TestHooks).__parktwinTest.mountMapTools());
  console.log(`plot edge index on the fixture: ${buildMs.toFixed(2)} ms`);
  await page.waitForSelector('[data-testid="map-toolbar"]');
}, 180_000);

afterAll(async () => {
  await h?.close();
});


/** Distance (max of |dx|, |dy|, degrees) from a point to the nearest vertex of `ring`. */
function nearestTo(ring: readonly (readonly number[])[]): (v: readonly [number, number]) => number {
  return (v) => Math.min(...ring.map((p) => Math.max(Math.abs(p[0] - v[0]), Math.abs(p[1] - v[1]))));
}

describe('map tools (terra-draw) in Chromium', () => {
  it('draws new land by mouse next to a plot; its corners snap to the plot vertices', async () => {
    await page.click('[data-testid="map-tool-draw"]');
    expect(await page.getAttribute('[data-testid="map-tool-draw"]', 'aria-pressed')).toBe('true');
    expect(await page.textContent('[data-testid="map-tool-hint"]')).toContain('吸附');
    // South of ZZ-001: the two northern corners are clicked 4 px and 5 px off the plot's corners.
    await clickAt([121.4533, 31.0214], 4, 3);
    // terra-draw's cursor, not deck's 'grab' (deck sets its cursor every frame unless told not to).
    expect(await page.evaluate(() => (globalThis as unknown as { __parktwin: { map(): { getCanvas(): HTMLCanvasElement } } }).__parktwin.map().getCanvas().style.cursor)).toBe('crosshair');
    await clickAt([121.4553, 31.0214], -5, 4);
    await clickAt([121.4553, 31.0200]);
    await clickAt([121.4533, 31.0200]);
    await page.screenshot({ path: join(ARTIFACTS, 'map-tools-drawing.png') });
    await clickAt([121.4533, 31.0214], 4, 3);
    const [e] = await takeEvents(1);
    expect(e.type).toBe('drawn');
    if (e.type !== 'drawn') return;
    const ring = e.feature.geometry.coordinates[0];
    expect(ring.length).toBe(5);
    // terra-draw may start or wind the ring differently from the clicks: look for each corner.
    const nearest = nearestTo(ring);
    expect(nearest([121.4533, 31.0214])).toBeLessThan(2e-9);
    expect(nearest([121.4553, 31.0214])).toBeLessThan(2e-9);
    // The free corners (nothing within 10 px to snap to) stay where they were clicked.
    expect(nearest([121.4553, 31.02])).toBeLessThan(1e-8);
    expect(nearest([121.4533, 31.02])).toBeLessThan(1e-8);
    // The clicks did not select a plot under them: plot picking stands aside while a tool is active.
    expect(await selectedRow()).toBe(-1);
    await waitForMapSettled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'map-tools-drawn.png') });
  });

  it('refuses a polygon overlapping a plot or land drawn before, with the reason shown', async () => {
    await clickAt([121.4538, 31.0205]);
    await clickAt([121.4548, 31.0205]);
    await clickAt([121.4548, 31.0226]);
    await clickAt([121.4538, 31.0226]);
    await clickAt([121.4538, 31.0205]);
    const [e] = await takeEvents(1);
    expect(e.type).toBe('refused');
    if (e.type !== 'refused') return;
    expect(e.reason.code).toBe('overlap');
    await expect.poll(() => page.textContent('[data-testid="map-tool-notice"]')).toContain('重叠');
    expect(await page.isVisible('[data-testid="map-tool-notice"]')).toBe(true);
    await waitForMapSettled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'map-tools-refused.png') });

    // Clear of every plot, but across the land drawn in the first test: refused too.
    await clickAt([121.4538, 31.0190]);
    await clickAt([121.4548, 31.0190]);
    await clickAt([121.4548, 31.0207]);
    await clickAt([121.4538, 31.0207]);
    await clickAt([121.4538, 31.0190]);
    const [again] = await takeEvents(1);
    expect(again.type === 'refused' && again.reason.code).toBe('overlap-drawn');
    await expect.poll(() => page.textContent('[data-testid="map-tool-notice"]')).toContain('本方案已绘制');
  });

  it('snaps new land to the vertices and edges of the land drawn before', async () => {
    // West of the land drawn in the first test (121.4533..121.4553 × 31.0200..31.0214), sharing its
    // west edge: one corner clicked 5 px off that land's south-west corner, one 4 px off its west
    // edge with no vertex within 10 px; plots are ~75 px away or more.
    await clickAt([121.4533, 31.0200], 4, -3);
    await clickAt([121.4533, 31.0210], 4, 0);
    await clickAt([121.4523, 31.0210]);
    await clickAt([121.4523, 31.0200]);
    await clickAt([121.4533, 31.0200], 4, -3);
    const [e] = await takeEvents(1);
    expect(e.type).toBe('drawn');
    if (e.type !== 'drawn') return;
    const ring = e.feature.geometry.coordinates[0];
    expect(ring.length).toBe(5);
    const nearest = nearestTo(ring);
    // The corner on the drawn land's vertex, exactly (to the 1e-9° terra-draw keeps).
    expect(nearest([121.4533, 31.02])).toBeLessThan(2e-9);
    // The corner on its edge: on the line x = 121.4533, wherever along it the pointer was.
    expect(ring.some((p) => Math.abs(p[0] - 121.4533) < 2e-9 && Math.abs(p[1] - 31.021) < 2e-5)).toBe(true);
    await waitForMapSettled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'map-tools-snap-drawn.png') });
  });

  it('selects the plots whose centroid is inside a box', async () => {
    await page.click('[data-testid="map-tool-box"]');
    // Over ZZ-001 and ZZ-003 and the south half of ZZ-002 / ZZ-004 (their centroids stay out).
    const a = await pagePointOf(page, [121.4530, 31.0210]);
    const b = await pagePointOf(page, [121.4576, 31.0240]);
    await page.mouse.move(a.x, a.y, { steps: 2 });
    await page.mouse.down();
    await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await page.mouse.move(b.x, b.y, { steps: 5 });
    await page.screenshot({ path: join(ARTIFACTS, 'map-tools-box.png') });
    await page.mouse.up();
    const [e] = await takeEvents(1);
    expect(e).toMatchObject({ type: 'area', mode: 'box' });
    if (e.type !== 'area') return;
    expect(e.rows.map((r) => FIXTURE_IDS[r])).toEqual(['ZZ-001', 'ZZ-003']);
    expect(await selectedRow()).toBe(-1);
  });

  it('selects by lasso, and Esc turns the tools off', async () => {
    await page.click('[data-testid="map-tool-lasso"]');
    // A loop around the centroids of ZZ-005 and ZZ-006 (121.4583, 31.0224 / 31.0244).
    const points: [number, number][] = [];
    for (let k = 0; k <= 24; k++) {
      const angle = (k / 24) * 2 * Math.PI;
      points.push([121.4583 + 0.0008 * Math.cos(angle), 31.0234 + 0.0016 * Math.sin(angle)]);
    }
    const first = await pagePointOf(page, points[0]);
    await page.mouse.move(first.x, first.y, { steps: 2 });
    await page.mouse.down();
    for (const p of points.slice(1)) {
      const q = await pagePointOf(page, p);
      await page.mouse.move(q.x, q.y, { steps: 2 });
    }
    await page.screenshot({ path: join(ARTIFACTS, 'map-tools-lasso.png') });
    await page.mouse.up();
    const [e] = await takeEvents(1);
    expect(e).toMatchObject({ type: 'area', mode: 'lasso' });
    if (e.type !== 'area') return;
    expect(e.rows.map((r) => FIXTURE_IDS[r])).toEqual(['ZZ-005', 'ZZ-006']);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getAttribute('[data-testid="map-tool-lasso"]', 'aria-pressed')).toBe('false');
    // Tools off: a click selects a plot again.
    await clickAt([121.4543, 31.0224]);
    await expect.poll(selectedRow).toBe(0);
  });
});
