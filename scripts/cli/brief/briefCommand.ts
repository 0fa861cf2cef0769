import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError, EXIT_OK } from '../cliError.ts';
import type { CliStreams } from '../analyzeCommand.ts';
import { parseBriefArgs, type BriefArgs } from './briefArgs.ts';
import { ensureViewerBuild } from './viewerBuild.ts';
import { startBriefServer } from './briefServer.ts';
import { CHROMIUM_ARGS, chromiumPath, isolateChromiumConfig } from './chromium.ts';
import { parseStory } from '../../../web/present/storySchema.ts';
import { packageRoot } from '../packageRoot.ts';

const ROOT = packageRoot();
/** CSS size of the map while the pages are drawn; the page image is 2× that (deviceScaleFactor). */
const MAP_VIEWPORT = { width: 820, height: 690 };
/** An A4-landscape page at 96 CSS pixels per inch, for the PNG pages. */
const PAGE_VIEWPORT = { width: 1123, height: 794 };
const READY_TIMEOUT_MS = 15 * 60_000;
const SCREENSHOT_TIMEOUT_MS = 5 * 60_000;

interface BriefStatus {
  state: 'waiting' | 'building' | 'ready' | 'error';
  message?: string;
  pageCount?: number;
}

function requireFile(path: string, what: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliError(`cannot read ${what} ${path}: no such file`);
}

function viewerPath(args: BriefArgs, urls: { plotsUrl: string; subparksUrl?: string; storyUrl?: string }): string {
  const q = new URLSearchParams({ plots: urls.plotsUrl, brief: '1' });
  if (urls.subparksUrl) q.set('subparks', urls.subparksUrl);
  if (urls.storyUrl) q.set('story', urls.storyUrl);
  const hash = new URLSearchParams({ lang: args.language, theme: 'flags' });
  if (args.asOf) hash.set('asof', args.asOf);
  return `/?${q.toString()}#${hash.toString()}`;
}

/**
 * `brief <plots> … --out FILE.pdf|FILE.pptx|DIR/`: serves the built viewer and the files on
 * 127.0.0.1, has headless Chromium draw the briefing pages (the viewer's own `?brief=1` mode), and
 * prints them to PDF, takes the viewer's PPTX download, or screenshots each page at 2×.
 */
export async function runBrief(argv: string[], streams: CliStreams): Promise<number> {
  const startedMs = performance.now();
  const args = parseBriefArgs(argv);
  const log = (line: string) => !args.quiet && streams.stderr.write(line + '\n');
  requireFile(args.plotsPath, 'plots file');
  if (args.subparksPath) requireFile(args.subparksPath, 'sub-parks file');
  if (args.storyPath) {
    requireFile(args.storyPath, 'story file');
    const parsed = parseStory(readFileSync(args.storyPath, 'utf8'));
    if (!parsed.ok) throw new CliError(`story file ${args.storyPath} is not valid: ${parsed.errors.slice(0, 5).join('; ')}${parsed.errors.length > 5 ? ` (and ${parsed.errors.length - 5} more)` : ''}`);
  }
  const executablePath = chromiumPath();
  if (!executablePath) throw new CliError('brief needs Chromium: apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH');

  const viewer = await ensureViewerBuild(ROOT, log);
  const server = await startBriefServer(viewer.dir, { plots: resolve(args.plotsPath), subparks: args.subparksPath && resolve(args.subparksPath), story: args.storyPath && resolve(args.storyPath) });
  isolateChromiumConfig();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext({ viewport: MAP_VIEWPORT, deviceScaleFactor: 2, acceptDownloads: true, locale: args.language === 'zh' ? 'zh-CN' : 'en-GB' });
    // Nothing leaves the machine: every request outside the local server is refused.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:' ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    if (process.env.PARKTWIN_DEBUG) page.on('console', (m) => streams.stderr.write(`browser ${m.type()}: ${m.text()}\n`));
    log(`parktwin: drawing the briefing of ${args.plotsPath} in headless Chromium…`);
    const drawStartMs = performance.now();
    await page.goto(server.baseUrl + viewerPath(args, server));
    const handle = await page.waitForFunction(() => {
      const s = (globalThis as unknown as { __parktwinBrief?: BriefStatus }).__parktwinBrief;
      return s && (s.state === 'ready' || s.state === 'error') ? { state: s.state, message: s.message, pageCount: s.pageCount } : null;
    }, undefined, { timeout: READY_TIMEOUT_MS, polling: 200 });
    const status = (await handle.jsonValue()) as BriefStatus;
    if (status.state === 'error') throw new CliError(`cannot make the briefing of ${args.plotsPath}: ${status.message ?? 'unknown error'}${pageErrors.length ? ` (${pageErrors[0]})` : ''}`);
    const pageCount = status.pageCount ?? 0;
    const drawMs = performance.now() - drawStartMs;

    const out = resolve(args.outPath);
    if (args.output === 'pdf') {
      const partial = `${out}.partial`;
      mkdirSync(dirname(out), { recursive: true });
      await page.pdf({ path: partial, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
      renameSync(partial, out);
    } else if (args.output === 'pptx') {
      mkdirSync(dirname(out), { recursive: true });
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10 * 60_000 }),
        page.evaluate(() => (globalThis as unknown as { __parktwinBrief: { pptx(): Promise<void> } }).__parktwinBrief.pptx()),
      ]);
      await download.saveAs(`${out}.partial`);
      renameSync(`${out}.partial`, out);
    } else {
      mkdirSync(out, { recursive: true });
      await page.setViewportSize(PAGE_VIEWPORT);
      const pages = page.locator('[data-testid="brief-page"]');
      // Generous: a page is a screenshot of HTML and one image, but on a busy machine Chromium waits long for a frame.
      for (let i = 0; i < pageCount; i++) await pages.nth(i).screenshot({ path: join(out, `page-${String(i + 1).padStart(2, '0')}.png`), timeout: SCREENSHOT_TIMEOUT_MS });
    }
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    log(`parktwin: ${pageCount} pages written to ${args.outPath} in ${seconds(performance.now() - startedMs)} s (pages drawn in ${seconds(drawMs)} s${viewer.builtMs !== null ? `, viewer built in ${seconds(viewer.builtMs)} s` : ''})`);
    return EXIT_OK;
  } finally {
    await browser.close();
    await server.close();
  }
}
