/**
 * Import-viewer benchmark (issue 9): a zipped Shapefile of N synthetic plots (default 100 000) in
 * CGCS2000 Gauss-Krüger (EPSG:4549), opened in the viewer in Debian's Chromium (software WebGL)
 * through the file input, mapped with a saved preset in the import step, committed and analysed.
 * Wall clock from the file chosen to the analysis done, and its parts: inspection (file chosen →
 * import step shown), load (commit → plots shown), analysis. Target: under 10 s for 100k. Also the
 * CPU time Chromium's processes used over that span (user + system, from /proc), which moves far
 * less than wall time with the machine's other load.
 *
 *   npx tsx scripts/bench/importViewer.ts [plots]     (npm run bench -- import-viewer [plots])
 *
 * The Shapefile is written by scripts/bench/importViewerInput.ts (no GDAL needed). Results go to
 * stdout and test-results/bench/import-viewer.json.
 */
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { writeImportViewerInput } from './importViewerInput.ts';
import { count, mb, sec, textTable } from './lib/table.ts';
import { descendantsCpuByKind, descendantsCpuSeconds } from './lib/processCpu.ts';

const OUT_DIR = resolve('test-results/bench-import-dist');
const RESULTS = resolve('test-results/bench');
const START_PAGE = '/?plots=/tests/fixtures/browser/plots.geojson&subparks=/tests/fixtures/browser/subparks.geojson';
const PRESET = 'bench';

interface Hooks {
  data: { getState(): { openedFileName: string | null; plots: { plotCount: number; issueCount: number } | null } };
  analysis: { getState(): { result: { durationMs: number } | null; running: boolean } };
  import: { getState(): { phase: string } };
}
type Win = typeof globalThis & { __parktwin: Hooks };

function analysedFile(page: Page, name: string, timeoutMs: number) {
  return page.waitForFunction(
    (n) => {
      const h = (globalThis as Win).__parktwin;
      const a = h.analysis.getState();
      return h.data.getState().openedFileName === n && Boolean(a.result) && !a.running;
    },
    name,
    { timeout: timeoutMs, polling: 50 },
  );
}

async function main(): Promise<void> {
  const plots = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
  const started = performance.now();
  const input = writeImportViewerInput(plots);
  process.stderr.write(`input ${input.path} (${mb(statSync(input.path).size)} MB) ready in ${sec((performance.now() - started) / 1000)} s\n`);
  mkdirSync(RESULTS, { recursive: true });
  process.env.VITE_PARKTWIN_TEST_HOOKS = '1';
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server = await preview({ logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'parktwin-bench-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    // The mapping a planner saved for this bureau's files (the dBASE names cut to 10 bytes).
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), ['parktwin.importPresets.v1', JSON.stringify({ [PRESET]: input.fields })] as const);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto(baseUrl + START_PAGE);
    await page.waitForFunction(() => Boolean((globalThis as Win).__parktwin?.analysis.getState().result), undefined, { timeout: 300_000 });
    const load = loadavg()[0];

    // The file is chosen once the map has drawn its first view, as a user would: with software
    // WebGL that first drawing keeps the GPU process busy for seconds after the analysis is done
    // (measured: 2.4 s of its CPU in the 3 s that followed), which the import would otherwise share a core with.
    await page.evaluate(`new Promise((done) => { const map = globalThis.__parktwin.map(); if (!map) return done(); map.once('idle', () => done()); map.triggerRepaint(); })`);
    const idle0 = descendantsCpuByKind();
    await page.waitForTimeout(1000);
    const idle = Object.fromEntries(Object.entries(descendantsCpuByKind()).map(([k, v]) => [k, Math.round((v - (idle0[k] ?? 0)) * 100) / 100]));
    const cpu0 = descendantsCpuSeconds();
    const byKind0 = descendantsCpuByKind();
    const t0 = performance.now();
    await page.setInputFiles('[data-testid="open-file-input"]', input.path, { timeout: 120_000 });
    await page.waitForSelector('[data-testid="import-step"][data-phase="step"]', { timeout: 300_000 });
    const tStep = performance.now();
    await page.selectOption('[data-testid="import-preset-select"]', PRESET);
    await page.click('[data-testid="import-commit"]');
    const tCommit = performance.now();
    await page.waitForFunction((n) => (globalThis as Win).__parktwin.data.getState().openedFileName === n, basename(input.path), { timeout: 300_000, polling: 50 });
    const tShown = performance.now();
    await analysedFile(page, basename(input.path), 300_000);
    const tDone = performance.now();
    const browserCpuS = descendantsCpuSeconds() - cpu0;
    const byKind = Object.fromEntries(Object.entries(descendantsCpuByKind()).map(([k, v]) => [k, Math.round((v - (byKind0[k] ?? 0)) * 100) / 100]));
    const state = await page.evaluate(() => {
      const h = (globalThis as Win).__parktwin;
      return { plotCount: h.data.getState().plots?.plotCount ?? -1, issueCount: h.data.getState().plots?.issueCount ?? -1, analysisMs: h.analysis.getState().result?.durationMs ?? null };
    });
    await page.screenshot({ path: join(RESULTS, 'import-viewer.png') });
    await context.close();

    const totalS = (tDone - t0) / 1000;
    const row = {
      plots, file: input.path, fileBytes: statSync(input.path).size, plotCount: state.plotCount, issueCount: state.issueCount,
      inspectS: (tStep - t0) / 1000, presetAndClickS: (tCommit - tStep) / 1000, loadS: (tShown - tCommit) / 1000, analysisS: (tDone - tShown) / 1000,
      workerAnalysisMs: state.analysisMs, totalS, browserCpuS, browserCpuByProcessS: byKind, idleCpuBeforeS: idle, targetS: 10, loadAverage1m: load,
    };
    writeFileSync(join(RESULTS, 'import-viewer.json'), JSON.stringify({ date: new Date().toISOString(), renderer: 'Chromium + SwiftShader, 1280×800', ...row }, null, 2));
    console.log(`Chromium CPU s by process: ${JSON.stringify(byKind)}; in the idle second before: ${JSON.stringify(idle)}`);
    console.log(`\n${count(plots)}-plot zipped Shapefile (EPSG:4549, ${mb(row.fileBytes)} MB) opened in the viewer; load average ${load.toFixed(2)} at the start\n`);
    console.log(textTable(
      ['plots read', 'issues', 'inspect s', 'preset+click s', 'load s', 'analysis s', 'file chosen → analysed s', 'Chromium CPU s', 'target'],
      [[count(state.plotCount), count(state.issueCount), sec(row.inspectS), sec(row.presetAndClickS), sec(row.loadS), sec(row.analysisS), sec(totalS), sec(browserCpuS), totalS < 10 ? '< 10 s: met' : '< 10 s: MISSED']],
    ));
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}

await main();
