/**
 * Proposal-edit benchmark (issue 8): in headless Chromium (software WebGL) on the sample, or on a
 * plots file given with --plots URL, the time from an edit (the store action a click calls: a
 * plot toggled in or out) to the updated ledger on screen, median of N (--runs, default 9), and
 * the longest main-thread task (PerformanceObserver 'longtask') over all edits and per edit.
 * Targets (issue 8): < 300 ms on the sample; < 6 s at 1M plots with no main-thread task over 50 ms.
 * `--size N` uses the synthetic plots of N (scripts/synthetic, generated on first use).
 *
 *   npm run bench -- proposal-edit [--runs 9] [--size 1000000] [--plots /.cache/synthetic/plots-100000.geojson] [--subpark <id>]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../cli/brief/chromium.ts';
import { ensureSyntheticPlots } from '../synthetic/writeSyntheticFile.ts';

const OUT_DIR = resolve('test-results/bench-proposal-dist');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Hooks {
  store: { getState(): { evaluation: { requestId: number; durationMs: number } | null; requestId: number; evaluating: boolean } };
  startNewProposal(id: string, name: string): Promise<void>;
  togglePlotRow(row: number): Promise<void>;
}
type Win = typeof globalThis & {
  __parktwinProposal: Hooks;
  __parktwin: { data: { getState(): { plots: { plotCount: number; subparkKeys: string[]; columns: { subparkIndex: Uint16Array } } } }; analysis: { getState(): { result: unknown; running: boolean } } };
  __longTasks: { start: number; duration: number }[];
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? 9);
  const size = option('size');
  const plotsUrl = size ? `/${(await ensureSyntheticPlots({ plots: Number(size) })).path}` : option('plots');
  const subparkWanted = option('subpark');
  process.env.VITE_PARKTWIN_TEST_HOOKS = '1';
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server = await preview({ logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'parktwin-bench-'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    // tsx names inner arrow functions with an __name helper that the page does not have.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(() => {
      const w = globalThis as Win;
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const loadStarted = performance.now();
    await page.goto(`http://127.0.0.1:${address.port}/${plotsUrl ? `?plots=${encodeURIComponent(plotsUrl)}` : ''}`);
    await page.waitForFunction(() => {
      const s = (globalThis as Win).__parktwin?.analysis.getState();
      return Boolean(s?.result) && !s?.running;
    }, undefined, { timeout: 1_800_000, polling: 250 });
    const loadMs = performance.now() - loadStarted;
    const plotCount = await page.evaluate(() => (globalThis as Win).__parktwin.data.getState().plots.plotCount);
    const subparkId = await page.evaluate(async (wanted) => {
      const w = globalThis as Win;
      await new Promise<void>((r) => {
        const wait = () => (w.__parktwinProposal ? r() : setTimeout(wait, 100));
        wait();
      });
      const keys = w.__parktwin.data.getState().plots.subparkKeys;
      const id = wanted ?? keys.find((k) => k !== '') ?? '';
      await w.__parktwinProposal.startNewProposal(id, id);
      return id;
    }, subparkWanted ?? null);
    await page.waitForSelector('[data-testid="proposal-ledger"]', { timeout: 600_000 }).catch(() => undefined);
    await page.evaluate(() => ((globalThis as Win).__longTasks = []));
    const times: number[] = [];
    const workerMs: number[] = [];
    const domTimes: number[] = [];
    const editLongest: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { ms, domMs, worker, longest } = await page.evaluate(async ({ i, subparkId }) => {
        const w = globalThis as Win;
        const plots = w.__parktwin.data.getState().plots;
        const s = plots.subparkKeys.indexOf(subparkId);
        let seen = -1;
        let row = -1;
        for (let r = 0; r < plots.plotCount; r++) if (plots.columns.subparkIndex[r] === s && ++seen === i * 7) { row = r; break; }
        const ledger = () => document.querySelector('[data-testid="proposal-ledger"]')?.textContent ?? '';
        const before = ledger();
        const t0 = performance.now();
        await w.__parktwinProposal.togglePlotRow(row);
        // Until the ledger in the page shows the edit (a DOM mutation, not a frame) …
        const ledgerEl = () => document.querySelector('[data-testid="proposal-ledger"]');
        await new Promise<void>((resolveWait) => {
          const done = () => ledger() !== before && !w.__parktwinProposal.store.getState().evaluating;
          if (done()) return resolveWait();
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            resolveWait();
          });
          observer.observe(ledgerEl()?.parentElement ?? document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        const domMs = performance.now() - t0;
        // … and until the frame that shows it (and the map's marks) has been drawn.
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const ms = performance.now() - t0;
        // Long tasks are reported a little after they end: wait for the entries of this edit.
        await new Promise((r) => setTimeout(r, 100));
        const longest = Math.max(0, ...w.__longTasks.filter((e) => e.start + e.duration >= t0 && e.start <= t0 + ms).map((e) => e.duration));
        return { ms, domMs, longest, worker: w.__parktwinProposal.store.getState().evaluation?.durationMs ?? NaN };
      }, { i, subparkId });
      times.push(ms);
      domTimes.push(domMs);
      workerMs.push(worker);
      editLongest.push(longest);
    }
    const longTasks = await page.evaluate(() => (globalThis as Win).__longTasks);
    const load = execSync('uptime').toString().trim();
    console.log(`proposal-edit: ${plotCount.toLocaleString('en')} plots, sub-park ${subparkId}, ${runs} edits (first load ${(loadMs / 1000).toFixed(1)} s)`);
    console.log(`  click → ledger in the page (DOM updated): median ${median(domTimes).toFixed(0)} ms, min ${Math.min(...domTimes).toFixed(0)} ms`);
    console.log(`  click → ledger on screen: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (target < 300 ms)`);
    console.log(`  worker apply + analysis + ledger: median ${median(workerMs).toFixed(0)} ms`);
    const durations = longTasks.map((e) => e.duration);
    console.log(`  longest main-thread task during the edits: ${durations.length ? Math.max(...durations).toFixed(0) : 0} ms (${durations.length} tasks over 50 ms)`);
    console.log(`  longest task per edit (ms): ${editLongest.map((x) => x.toFixed(0)).join(', ')}`);
    console.log(`  all edit times (ms): ${times.map((x) => x.toFixed(0)).join(', ')}`);
    console.log(`  load: ${load}`);
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
