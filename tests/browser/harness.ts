/**
 * Browser test harness: builds the viewer once into test-results/, serves it with `vite preview` on
 * a free port, and drives Debian's Chromium through playwright-core. Every request that does not go
 * to the local server is aborted and recorded, so a test can assert that nothing left the machine.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/cli/brief/chromium.ts';

export const ARTIFACTS = resolve('test-results/browser');
const OUT_DIR = resolve('test-results/browser-dist');

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** Requests that tried to leave localhost. */
  outsideRequests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server: PreviewServer = await preview({ logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'parktwin-chromium-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
  });
  const outsideRequests: string[] = [];
  return {
    baseUrl,
    browser,
    outsideRequests,
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
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
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
