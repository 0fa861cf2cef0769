/**
 * Proposal-edit benchmark (issue 8): in headless Chromium (software WebGL) on the sample, or on a
 * plots file given with --plots URL, the time from an edit (the store action a click calls: a
 * plot toggled in or out) to the updated ledger on screen, median of N (--runs, default 9), and
 * the longest main-thread task (PerformanceObserver 'longtask') over all edits and per edit.
 * Targets (issue 8): < 300 ms on the sample; < 6 s at 1M plots with no main-thread task over 50 ms.
 * `--size N` uses the synthetic plots of N (scripts/synthetic, generated on first use).
 *
 *   npm run bench -- proposal-edit [--runs 9] [--size 1000000] [--plots /.cache/synthetic/plots-100000.geojson] [--subpark <id>] [--profile edits.cpuprofile]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
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

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The 15 functions with the most self time in a CPU profile (name, file:line, ms). */
function topSelfTimes(profile: CpuProfile): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byNode.get(id)?.callFrame;
    if (!f) return;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    ms.set(key, (ms.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...ms].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? 9);
  const size = option('size');
  const plotsUrl = size ? `/${(await ensureSyntheticPlots({ plots: Number(size) })).path}` : option('plots');
  const subparkWanted = option('subpark');
  process.env.VITE_PARKTWIN_TEST_HOOKS = '1';
  const profilePath = option('profile');
  // Profiled builds keep their names, so the profile says which functions the time went to.
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true, ...(profilePath ? { minify: false } : {}) } });
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
    // The map tools mount when the worker's plot edge index arrives; edits are timed after that.
    const toolsStarted = performance.now();
    await page.waitForSelector('[data-map-tools="ready"]', { state: 'attached', timeout: 600_000 });
    const toolsMs = performance.now() - toolsStarted;
    const openLongTasks = await page.evaluate(() => (globalThis as Win).__longTasks.map((e) => e.duration));
    // Opening the mode narrows the map (the panel) and draws its layers for the first time; a user
    // clicks after that has settled: a second without a long task (at most a minute).
    const settleStarted = performance.now();
    await page.evaluate(async () => {
      const w = globalThis as Win & { __parktwin: { map(): { loaded(): boolean; isMoving(): boolean } | null } };
      const until = performance.now() + 60_000;
      while (performance.now() < until) {
        const map = w.__parktwin.map();
        const quietSince = Math.max(0, ...w.__longTasks.map((e) => e.start + e.duration));
        if (map?.loaded() && !map.isMoving() && performance.now() - quietSince > 1000) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    const settleMs = performance.now() - settleStarted;
    await page.evaluate(() => ((globalThis as Win).__longTasks = []));
    // The map's canvas must keep its size during edits (a resize reallocates the WebGL buffers).
    await page.evaluate(() => {
      const w = globalThis as Win & { __mapSizes?: string[] };
      w.__mapSizes = [];
      const el = document.querySelector('.maplibregl-map');
      if (el) new ResizeObserver((entries) => entries.forEach((e) => w.__mapSizes!.push(`${e.contentRect.width}x${e.contentRect.height}`))).observe(el);
    });
    const cdp = profilePath ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const times: number[] = [];
    const workerMs: number[] = [];
    const domTimes: number[] = [];
    const editLongest: number[] = [];
    const editFrames: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { ms, domMs, worker, longest, frames } = await page.evaluate(async ({ i, subparkId }) => {
        const w = globalThis as Win;
        const plots = w.__parktwin.data.getState().plots;
        const s = plots.subparkKeys.indexOf(subparkId);
        let seen = -1;
        let row = -1;
        for (let r = 0; r < plots.plotCount; r++) if (plots.columns.subparkIndex[r] === s && ++seen === i * 7) { row = r; break; }
        const ledger = () => document.querySelector('[data-testid="proposal-ledger"]')?.textContent ?? '';
        const before = ledger();
        // Map frames (MapLibre 'render' events; deck.gl draws inside them, once per layer group).
        const counter = globalThis as unknown as { __mapRenders?: number; __parktwin: { map(): { on(e: string, f: () => void): void } | null } };
        if (counter.__mapRenders === undefined) {
          counter.__mapRenders = 0;
          counter.__parktwin.map()?.on('render', () => counter.__mapRenders!++);
        }
        const frames0 = counter.__mapRenders;
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
        return { ms, domMs, longest, frames: (counter.__mapRenders ?? 0) - frames0, worker: w.__parktwinProposal.store.getState().evaluation?.durationMs ?? NaN };
      }, { i, subparkId });
      times.push(ms);
      domTimes.push(domMs);
      workerMs.push(worker);
      editLongest.push(longest);
      editFrames.push(frames);
    }
    if (cdp && profilePath) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(profilePath, JSON.stringify(profile));
      console.log(`  main-thread profile of the edits: ${profilePath}; most self time:`);
      for (const line of topSelfTimes(profile as CpuProfile)) console.log(`    ${line}`);
    }
    const longTasks = await page.evaluate(() => (globalThis as Win).__longTasks);
    const mapSizes = await page.evaluate(() => (globalThis as Win & { __mapSizes?: string[] }).__mapSizes ?? []);
    console.log(`  map sizes seen during the edits: ${mapSizes.join(' → ') || 'none'}`);
    const load = execSync('uptime').toString().trim();
    console.log(`proposal-edit: ${plotCount.toLocaleString('en')} plots, sub-park ${subparkId}, ${runs} edits (first load ${(loadMs / 1000).toFixed(1)} s)`);
    console.log(`  map tools ready ${(toolsMs / 1000).toFixed(1)} s after the ledger; longest main-thread task from page load to then: ${Math.max(0, ...openLongTasks).toFixed(0)} ms; settled ${(settleMs / 1000).toFixed(1)} s later`);
    console.log(`  click → ledger in the page (DOM updated): median ${median(domTimes).toFixed(0)} ms, min ${Math.min(...domTimes).toFixed(0)} ms`);
    // Issue 8: 300 ms on the sample, 6 s at a million plots.
    const targetMs = plotCount >= 1_000_000 ? 6000 : 300;
    const met = median(times) < targetMs ? 'met' : 'not met';
    console.log(`  click → ledger on screen: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (target < ${targetMs} ms: ${met})`);
    console.log(`  worker apply + analysis + ledger: median ${median(workerMs).toFixed(0)} ms`);
    const durations = longTasks.map((e) => e.duration);
    console.log(`  longest main-thread task during the edits: ${durations.length ? Math.max(...durations).toFixed(0) : 0} ms (${durations.length} tasks over 50 ms)`);
    console.log(`  longest task per edit (ms): ${editLongest.map((x) => x.toFixed(0)).join(', ')}`);
    console.log(`  map frames drawn per edit (until the ledger was on screen): ${editFrames.join(', ')}`);
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
