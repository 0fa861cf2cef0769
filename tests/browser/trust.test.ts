import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, waitForAnalysis, type Harness } from './harness.ts';

const FIXTURE = '?plots=/tests/fixtures/browser/plots.geojson&subparks=/tests/fixtures/browser/subparks.geojson';
const CAMERA = '#c=121.462,31.024,14.2,0,0&asof=2025-06-30';

let h: Harness;
/** Pages this file opened; closed after each test even when it failed, so a failure does not slow the next. */
const pages: Page[] = [];
async function newPage(): Promise<Page> {
  const page = await newPage();
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
  // close() also fails the file if any page tried to reach outside the machine.
  await h?.close();
});

interface Hooks {
  analysis: { getState(): { asOf: string; params: Record<string, number>; error: string | null; result: unknown } };
  data: { getState(): { status: string; plots: { plotCount: number } | null } };
  filters: { setState?: unknown };
}

const hooksOf = (p: Page) => p.evaluate(() => {
  const hooks = (globalThis as unknown as { __parktwin: Hooks }).__parktwin;
  const a = hooks.analysis.getState();
  return { asOf: a.asOf, paramKeys: Object.keys(a.params), ownToString: Object.hasOwn(a.params, 'toString'), error: a.error, total: hooks.data.getState().plots?.plotCount ?? -1 };
});

describe('trust (issue 7) in Chromium', () => {
  it('ignores bad parts of the address with a notice naming them, and never writes them back', async () => {
    const page = await newPage();
    await page.goto(h.baseUrl + '/' + FIXTURE + '#p=toString:1,weakYears:0.5&asof=2025-02-30&theme=flags');
    await waitForAnalysis(page);
    await expect.poll(() => page.textContent('[data-testid="toast"]')).toContain('toString');
    const toast = await page.textContent('[data-testid="toast"]');
    expect(toast).toContain('p=weakYears:0.5');
    expect(toast).toContain('asof=2025-02-30');
    const state = await hooksOf(page);
    expect(state.error).toBeNull();
    expect(state.ownToString).toBe(false);
    expect(state.total).toBe(7);
    expect(state.asOf).not.toBe('2025-02-30');
    // The good part stays; the bad ones are gone from the address, so a reload is clean.
    expect(page.url()).toContain('theme=flags');
    expect(decodeURIComponent(page.url())).not.toMatch(/toString|weakYears|2025-02-30/);
    await page.reload();
    await waitForAnalysis(page);
    expect((await hooksOf(page)).error).toBeNull();
    expect(await page.locator('[data-testid="toast"]').count()).toBe(0);
  });

  it('refuses a data URL from another origin with a message, and fetches nothing from it', async () => {
    const page = await newPage();
    await page.goto(h.baseUrl + '/?plots=https://example.com/plots.geojson&subparks=//example.org/subparks.geojson' + CAMERA);
    await expect.poll(() => page.textContent('[data-testid="toast"]')).toContain('https://example.com/plots.geojson');
    expect(await page.textContent('[data-testid="toast"]')).toContain('//example.org/subparks.geojson');
    await waitForAnalysis(page, 120_000);
    expect(h.outsideRequests).toEqual([]);
  }, 150_000);

  it('has a Content-Security-Policy that blocks any other request, and the map works under it', async () => {
    const page = await newPage();
    await page.goto(h.baseUrl + '/' + FIXTURE + CAMERA);
    await waitForAnalysis(page);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    // MapLibre (workers from blob:) and deck.gl drew under the policy: the style is loaded.
    await page.waitForFunction(() => (globalThis as unknown as { __parktwin: { map(): { isStyleLoaded(): boolean } | null } }).__parktwin.map()?.isStyleLoaded());
    const before = h.cspViolations.length;
    const outcome = await page.evaluate(() => fetch('https://example.com/tiles.json').then(() => 'fetched', () => 'blocked'));
    expect(outcome).toBe('blocked');
    expect(h.outsideRequests).toEqual([]); // blocked by the page itself, before the network
    await expect.poll(() => h.cspViolations.length).toBeGreaterThan(before);
    expect(h.cspViolations.slice(before).join('\n')).toContain('example.com');
    // That violation was this test's own; any other fails the file in close().
    h.cspViolations.splice(before);
  });

  it('says so when an export fails', async () => {
    const page = await newPage();
    await page.goto(h.baseUrl + '/' + FIXTURE + CAMERA);
    await waitForAnalysis(page);
    // The export code loads on demand; a server that no longer answers makes the export fail.
    await page.route('**/assets/exportList-*.js', (route) => route.abort());
    await page.click('[data-testid="export-button"]');
    await page.click('[data-testid="export-csv"]');
    await expect.poll(() => page.textContent('[data-testid="toast"]')).toContain('导出失败');
  });

  it('refuses, with a message, a file opened while another is still loading', async () => {
    const page = await newPage();
    // Hold the served plots file until the second file has been tried.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/tests/fixtures/browser/plots.geojson', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(h.baseUrl + '/' + FIXTURE + CAMERA);
    await page.waitForSelector('[data-testid="open-file-input"]', { state: 'attached' });
    expect(await page.evaluate(() => (globalThis as unknown as { __parktwin: Hooks }).__parktwin.data.getState().status)).toBe('loading');
    await page.setInputFiles('[data-testid="open-file-input"]', 'tests/fixtures/browser/plots-with-problems.geojson');
    await expect.poll(() => page.textContent('[data-testid="toast"]')).toContain('plots-with-problems.geojson');
    release();
    await waitForAnalysis(page);
    // The served file loaded; the refused one did not replace it.
    expect((await hooksOf(page)).total).toBe(7);
  });
});
