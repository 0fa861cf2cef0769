/**
 * Browser test harness: builds the viewer once per test file into its own folder under
 * test-results/ (so browser test files can run side by side), with the writable test hooks
 * (VITE_PARKTWIN_TEST_HOOKS=1), serves it with `vite preview` on a free port, and drives Debian's
 * Chromium through playwright-core. Every request that does not go to the local server is aborted
 * and recorded, and so is every Content-Security-Policy violation the pages report: close() fails
 * the file when there was any, so every browser test checks that nothing left the machine.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = resolve('test-results/browser');

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** Requests that tried to leave localhost. */
  outsideRequests: string[];
  /** Console reports of the Content-Security-Policy refusing something. */
  cspViolations: string[];
  newPage(): Promise<Page>;
  /** Closes the browser and server, then fails if any request tried to leave the machine. */
  close(): Promise<void>;
}

/** The harness's closing check: nothing tried to leave localhost and the policy refused nothing. */
export function assertStayedLocal(outsideRequests: readonly string[], cspViolations: readonly string[]): void {
  if (outsideRequests.length || cspViolations.length) {
    throw new Error(`the viewer tried to reach outside the machine:\n${[...outsideRequests, ...cspViolations].join('\n')}`);
  }
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const outDir = mkdtempSync(resolve('test-results/browser-dist-'));
  process.env.VITE_PARKTWIN_TEST_HOOKS = '1';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'parktwin-chromium-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const outsideRequests: string[] = [];
  const cspViolations: string[] = [];
  return {
    baseUrl,
    browser,
    outsideRequests,
    cspViolations,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
        if (local || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
        outsideRequests.push(url.href);
        return route.abort();
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('pageerror:', e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
      });
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
      rmSync(outDir, { recursive: true, force: true });
      assertStayedLocal(outsideRequests, cspViolations);
    },
  };
}

/** Waits until the plots are loaded and the first analysis has arrived. */
export async function waitForAnalysis(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const hooks = (globalThis as unknown as { __parktwin?: { analysis: { getState(): { result: unknown; running: boolean } } } }).__parktwin;
      const s = hooks?.analysis.getState();
      return Boolean(s?.result) && !s?.running;
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
}

/** Screen position (page pixels) of a lon/lat on the map. */
export async function pagePointOf(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const hooks = (globalThis as unknown as { __parktwin: { map(): { project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement } } }).__parktwin;
    const map = hooks.map();
    const p = map.project(ll);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonLat);
}

/** RGB of the page's pixel at x, y as it appears on screen (a screenshot decoded in the page). */
export async function screenPixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = (await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } })).toString('base64');
  return page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b] as [number, number, number];
  }, png);
}

interface MapHooks {
  map(): { isStyleLoaded(): boolean; loaded(): boolean; isMoving(): boolean; getPitch(): number; getBounds(): { contains(p: [number, number]): boolean } } | null;
  ui: { getState(): { selectedRow: number } };
  data: { getState(): { plots: { geometry: { bounds: ArrayLike<number> } } | null } };
}

/**
 * Waits, by the map's own state rather than by the clock, until the camera has stopped (no flight,
 * ease or drag in progress), the style and its sources are loaded, and two frames have been drawn.
 * `pitchDegrees`: also until the camera has that pitch (an extrusion switch eases it).
 */
export async function waitForMapSettled(page: Page, pitchDegrees: number | null = null, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    (pitch) => {
      const map = (globalThis as unknown as { __parktwin: MapHooks }).__parktwin.map();
      if (!map || !map.isStyleLoaded() || !map.loaded() || map.isMoving()) return false;
      return pitch === null || Math.abs(map.getPitch() - pitch) < 0.5;
    },
    pitchDegrees,
    { timeout: timeoutMs, polling: 'raf' },
  );
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Waits until the selected plot's centre is in view and the camera has stopped (after a fly-to). */
export async function waitForSelectionInView(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const hooks = (globalThis as unknown as { __parktwin: MapHooks }).__parktwin;
      const map = hooks.map();
      const row = hooks.ui.getState().selectedRow;
      const bounds = hooks.data.getState().plots?.geometry.bounds;
      if (!map || row < 0 || !bounds || map.isMoving()) return false;
      const centre: [number, number] = [(bounds[4 * row] + bounds[4 * row + 2]) / 2, (bounds[4 * row + 1] + bounds[4 * row + 3]) / 2];
      return map.getBounds().contains(centre);
    },
    undefined,
    { timeout: timeoutMs, polling: 'raf' },
  );
  await waitForMapSettled(page);
}
