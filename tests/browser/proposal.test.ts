/**
 * Proposal mode (issue 8, the viewer): make a proposal on the sample (two plots out — one by a real
 * click on the map —, one outside plot in, one piece of land drawn), reload, close the page in the
 * middle of an edit, undo/redo, export/import, and the ledger on screen against the CLI's `propose`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, pagePointOf, startHarness, waitForAnalysis, waitForMapSettled, type Harness } from './harness.ts';
import { runMain } from '../cli/mainInProcess.ts';

const STEP_MS = 240_000;
const SHOT_MS = 120_000;
/** A click waits for the page: under a shared machine's load one software-WebGL frame of the sample has taken over 30 s. */
const ACTION_MS = 120_000;
const OUT_IDS = ['JD02-0230', 'JD02-0291'];
const IN_ID = 'JDX-0182';
const SAMPLE_DRAFT = JSON.parse(readFileSync('data/sample/proposals/jiading-draft.parktwin-proposal.json', 'utf8')) as { changes: { op: string; feature?: { geometry: unknown } }[] };
const DRAWN_GEOMETRY = SAMPLE_DRAFT.changes.find((c) => c.op === 'add')!.feature!.geometry;

let h: Harness;
let context: BrowserContext;
let page: Page;

interface ProposalHooks {
  store: { getState(): { open: boolean; history: { present: { id: string; changes: { op: string; plotIds?: string[] }[]; comments: unknown[] } } | null; evaluation: { requestId: number; marks: Uint8Array; moved: unknown[]; ledger: unknown[] } | null; evaluating: boolean; requestId: number } };
  togglePlotRow(row: number): Promise<void>;
  rowOfPlotId(id: string): Promise<number>;
  drawLand(feature: unknown): Promise<void>;
}

/** A click at a lon/lat with a move first (terra-draw follows the pointer), then a pause so two clicks never merge into a double click. */
async function clickAt(p: Page, lonLat: [number, number]): Promise<void> {
  const pt = await pagePointOf(p, lonLat);
  await p.mouse.move(pt.x, pt.y, { steps: 3 });
  await p.mouse.down();
  await p.mouse.up();
  await p.waitForTimeout(350);
}

const hooks = (p: Page) => p.evaluate(() => Boolean((globalThis as unknown as { __parktwinProposal?: unknown }).__parktwinProposal));

async function proposalState(p: Page) {
  return p.evaluate(() => {
    const s = (globalThis as unknown as { __parktwinProposal: ProposalHooks }).__parktwinProposal.store.getState();
    const doc = s.history?.present ?? null;
    let out = 0;
    let inn = 0;
    for (const m of s.evaluation?.marks ?? []) {
      if (m === 1) out++;
      if (m === 2) inn++;
    }
    return { id: doc?.id ?? null, changes: doc?.changes.map((c) => c.op + ':' + (c.plotIds ?? []).join(',')) ?? [], comments: doc?.comments.length ?? 0, out, inn, moved: s.evaluation?.moved.length ?? 0 };
  });
}

/** Waits until the evaluation of the latest edit has arrived and the ledger shows it. */
async function evaluated(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const s = (globalThis as unknown as { __parktwinProposal?: ProposalHooks }).__parktwinProposal?.store.getState();
    return Boolean(s && s.evaluation && !s.evaluating && s.evaluation.requestId === s.requestId);
  }, undefined, { timeout: 120_000, polling: 100 });
  await p.locator('[data-testid="proposal-ledger"] [data-subpark="*"]').waitFor({ state: 'visible', timeout: 30_000 });
}

async function openPage(): Promise<Page> {
  const p = await context.newPage();
  p.setDefaultTimeout(ACTION_MS);
  p.on('pageerror', (e) => console.error('pageerror:', e.message));
  await p.goto(h.baseUrl + '/');
  await waitForAnalysis(p, 180_000);
  return p;
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  page.setDefaultTimeout(ACTION_MS);
  context = page.context();
  await page.goto(h.baseUrl + '/');
  await waitForAnalysis(page, 180_000);
}, 400_000);

afterAll(async () => {
  await h?.close();
});

describe('proposal mode (sample)', () => {
  it('makes a proposal: two out (one by a click on the map), one in, one drawn with the map tool', async () => {
    await page.click('[data-testid="proposal-button"]');
    await page.locator('[data-testid="proposal-start"]').waitFor({ state: 'visible' });
    await page.selectOption('[data-testid="proposal-subpark-select"]', 'jiading');
    await page.click('[data-testid="proposal-new"]');
    await page.locator('[data-testid="proposal-editor"]').waitFor({ state: 'visible' });
    await page.waitForFunction(() => Boolean((globalThis as unknown as { __parktwinProposal?: unknown }).__parktwinProposal));
    expect(await hooks(page)).toBe(true);

    // A real click on the first plot, in the middle of its bounds, after flying there.
    const centre = await page.evaluate(async (id) => {
      const g = globalThis as unknown as { __parktwinProposal: ProposalHooks; __parktwin: { data: { getState(): { plots: { geometry: { bounds: ArrayLike<number> } } } }; map(): { jumpTo(o: unknown): void } } };
      const row = await g.__parktwinProposal.rowOfPlotId(id);
      const b = g.__parktwin.data.getState().plots.geometry.bounds;
      const c: [number, number] = [(b[4 * row] + b[4 * row + 2]) / 2, (b[4 * row + 1] + b[4 * row + 3]) / 2];
      g.__parktwin.map().jumpTo({ center: c, zoom: 17, pitch: 0, bearing: 0 });
      return c;
    }, OUT_IDS[0]);
    await waitForMapSettled(page);
    const point = await pagePointOf(page, centre);
    await page.mouse.click(point.x, point.y);
    await evaluated(page);
    expect((await proposalState(page)).changes).toEqual([`remove:${OUT_IDS[0]}`]);

    for (const id of [OUT_IDS[1], IN_ID]) {
      await page.evaluate(async (plotId) => {
        const x = (globalThis as unknown as { __parktwinProposal: ProposalHooks }).__parktwinProposal;
        await x.togglePlotRow(await x.rowOfPlotId(plotId));
      }, id);
    }
    // New land drawn with the map tool (proposal/draw): corner by corner, closed on the first one.
    const ring = (DRAWN_GEOMETRY as { coordinates: [number, number][][] }).coordinates[0];
    await page.evaluate((c) => (globalThis as unknown as { __parktwin: { map(): { jumpTo(o: unknown): void } } }).__parktwin.map().jumpTo({ center: c, zoom: 17.5 }), ring[0]);
    await waitForMapSettled(page);
    // The map tools mount once the worker's plot edge index has arrived.
    await page.locator('[data-map-tools="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.click('[data-testid="proposal-tool-draw"]');
    await page.waitForTimeout(500);
    for (const corner of [...ring.slice(0, 4), ring[0]]) await clickAt(page, corner);
    await page.locator('[data-testid="proposal-new-land"]').waitFor({ state: 'visible' });
    await page.click('[data-testid="proposal-new-land-add"]');
    await page.keyboard.press('Escape');
    await evaluated(page);
    const s = await proposalState(page);
    expect(s.changes).toEqual([`remove:${OUT_IDS.join(',')}`, `assign:${IN_ID}`, 'add:']);
    expect([s.out, s.inn, s.moved]).toEqual([2, 1, 4]);
    await expect.poll(() => page.locator('[data-testid="proposal-changes"] > li').count()).toBe(3);
    // The whole proposal in view: the plots going out, the one coming in and the drawn land.
    await page.evaluate(async ({ geometry, ids }) => {
      const g = globalThis as unknown as { __parktwinProposal: ProposalHooks; __parktwin: { data: { getState(): { plots: { geometry: { bounds: ArrayLike<number> } } } }; map(): { fitBounds(b: number[], o: unknown): void } } };
      const b = g.__parktwin.data.getState().plots.geometry.bounds;
      const box = [Infinity, Infinity, -Infinity, -Infinity];
      const add = (lon: number, lat: number) => {
        box[0] = Math.min(box[0], lon); box[1] = Math.min(box[1], lat); box[2] = Math.max(box[2], lon); box[3] = Math.max(box[3], lat);
      };
      for (const id of ids) {
        const r = await g.__parktwinProposal.rowOfPlotId(id);
        add(b[4 * r], b[4 * r + 1]);
        add(b[4 * r + 2], b[4 * r + 3]);
      }
      for (const [lon, lat] of (geometry as { coordinates: number[][][] }).coordinates[0]) add(lon, lat);
      g.__parktwin.map().fitBounds(box, { padding: 80, duration: 0 });
    }, { geometry: DRAWN_GEOMETRY, ids: [...OUT_IDS, IN_ID] });
    await waitForMapSettled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'proposal-mode.png'), timeout: SHOT_MS });
  }, STEP_MS);

  it('the ledger on screen equals the CLI propose output for the exported file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="proposal-export"]')]);
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-proposal-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(file.endsWith('.parktwin-proposal.json')).toBe(true);
    const asOf = await page.evaluate(() => (globalThis as unknown as { __parktwin: { analysis: { getState(): { asOf: string } } } }).__parktwin.analysis.getState().asOf);
    const cli = await runMain(['propose', 'data/sample/plots.geojson', file, '--subparks', 'data/sample/subparks.geojson', '--as-of', asOf, '--quiet']);
    expect(cli.code).toBe(0);
    const report = JSON.parse(cli.stdout) as { ledger: unknown[]; balance: { ok: boolean }; moved: unknown[] };
    const onScreen = await page.$$eval('[data-testid="proposal-ledger"] [data-ledger]', (rows) => rows.map((r) => JSON.parse(r.getAttribute('data-ledger')!)));
    expect(onScreen).toEqual(report.ledger);
    expect(report.ledger.length).toBeGreaterThanOrEqual(2);
    expect(await page.getAttribute('[data-testid="proposal-balance"]', 'data-ok')).toBe(report.balance.ok ? '1' : '0');
    expect(report.moved).toHaveLength(4);
    writeFileSync(join(ARTIFACTS, 'proposal-exported.json'), readFileSync(file));
  }, STEP_MS);

  it('export then import gives the same proposal', async () => {
    const exported = readFileSync(join(ARTIFACTS, 'proposal-exported.json'), 'utf8');
    const before = await proposalState(page);
    await page.setInputFiles('[data-testid="proposal-editor-import-input"]', { name: 'x.parktwin-proposal.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await evaluated(page);
    const after = await proposalState(page);
    expect(after).toEqual(before);
    const doc = await page.evaluate(() => JSON.stringify((globalThis as unknown as { __parktwinProposal: ProposalHooks }).__parktwinProposal.store.getState().history!.present));
    const { readProposal } = await import('../../src/index.ts');
    expect(JSON.parse(doc)).toEqual(readProposal(JSON.parse(exported)).proposal);
  }, STEP_MS);

  it('a reload brings the proposal back intact', async () => {
    const before = await proposalState(page);
    await page.reload();
    await waitForAnalysis(page, 180_000);
    await page.locator('[data-testid="proposal-editor"]').waitFor({ state: 'visible', timeout: 60_000 });
    await evaluated(page);
    expect(await proposalState(page)).toEqual(before);
  }, STEP_MS);

  it('undo and redo (Ctrl+Z / Ctrl+Shift+Z) step through the edits, and the ledger follows', async () => {
    const before = await proposalState(page);
    const jiadingOut = () => page.locator('[data-testid="proposal-ledger"] [data-subpark="jiading"]').getAttribute('data-ledger').then((a) => (JSON.parse(a!) as { plotsOut: number }).plotsOut);
    expect(await jiadingOut()).toBe(2);
    await page.locator('[data-testid="proposal-comment-input"]').fill('请补充调入地块的产出数据');
    await page.click('[data-testid="proposal-comment-add"]');
    await expect.poll(async () => (await proposalState(page)).comments).toBe(before.comments + 1);
    await page.evaluate(async () => {
      const x = (globalThis as unknown as { __parktwinProposal: ProposalHooks }).__parktwinProposal;
      await x.togglePlotRow(await x.rowOfPlotId('JD02-0365'));
    });
    await evaluated(page);
    expect(await jiadingOut()).toBe(3);
    await page.click('[data-testid="proposal-panel"] h3');
    await page.keyboard.press('Control+z');
    await evaluated(page);
    expect((await proposalState(page)).changes).toEqual(before.changes);
    expect(await jiadingOut()).toBe(2);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await proposalState(page)).comments).toBe(before.comments);
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Shift+Z');
    await evaluated(page);
    const s = await proposalState(page);
    expect(s.changes).toEqual([...before.changes, 'remove:JD02-0365']);
    expect(s.comments).toBe(before.comments + 1);
    expect(await jiadingOut()).toBe(3);
    // The buttons do the same.
    await page.click('[data-testid="proposal-undo"]');
    await evaluated(page);
    expect(await jiadingOut()).toBe(2);
  }, STEP_MS);

  it('closing the page right after an edit loses nothing', async () => {
    const before = await proposalState(page);
    const row = await page.evaluate(async () => {
      const x = (globalThis as unknown as { __parktwinProposal: ProposalHooks }).__parktwinProposal;
      const r = await x.rowOfPlotId('JD02-0335');
      await x.togglePlotRow(r);
      return r;
    });
    expect(row).toBeGreaterThanOrEqual(0);
    await page.close();
    page = await openPage();
    await page.locator('[data-testid="proposal-editor"]').waitFor({ state: 'visible', timeout: 60_000 });
    await evaluated(page);
    const s = await proposalState(page);
    expect(s.id).toBe(before.id);
    expect(s.changes.join('|')).toContain('JD02-0335');
    expect(s.comments).toBe(before.comments);
  }, STEP_MS);

  it('a proposal made on other plots opens: unknown plots listed, baseline warned', async () => {
    const other = {
      schema: 'parktwin-proposal/1',
      id: 'other-file',
      title: '其他数据上的方案',
      subparkId: 'jiading',
      state: 'submitted',
      baseline: { plotCount: 12, sha256: '0'.repeat(64) },
      changes: [{ op: 'remove', plotIds: ['NO-SUCH-1', 'NO-SUCH-2'] }, { op: 'remove', plotIds: ['JD02-0352'] }],
      comments: [],
    };
    await page.setInputFiles('[data-testid="proposal-editor-import-input"]', { name: 'other.parktwin-proposal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await evaluated(page);
    await page.locator('[data-testid="proposal-unknown-plots"]').waitFor({ state: 'visible' });
    const text = await page.textContent('[data-testid="proposal-unknown-plots"]');
    expect(text).toContain('NO-SUCH-1');
    expect(text).toContain('NO-SUCH-2');
    expect(await page.isVisible('[data-testid="proposal-baseline-mismatch"]')).toBe(true);
    // Listed, never dropped: the proposal still names them.
    expect((await proposalState(page)).changes[0]).toBe('remove:NO-SUCH-1,NO-SUCH-2');
    // The list of saved proposals holds both, with their state.
    await expect.poll(() => page.locator('[data-testid="proposal-list"] li').count()).toBeGreaterThanOrEqual(2);
    await page.click('[data-testid="proposal-print"]');
    await page.locator('[data-testid="proposal-print-view"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="proposal-print-map"]').waitFor({ state: 'visible', timeout: 120_000 });
    expect(await page.textContent('[data-testid="proposal-print-view"]')).toContain('JD02-0352');
    await page.screenshot({ path: join(ARTIFACTS, 'proposal-print.png'), timeout: SHOT_MS });
  }, STEP_MS);

  it('a box drawn with the map tool marks the plots whose centroid it holds out', async () => {
    await page.click('[data-testid="proposal-print-view"] >> text=关闭');
    const box = await page.evaluate(async (id) => {
      const g = globalThis as unknown as { __parktwinProposal: ProposalHooks; __parktwin: { data: { getState(): { plots: { geometry: { bounds: ArrayLike<number> } } } }; map(): { jumpTo(o: unknown): void } } };
      const r = await g.__parktwinProposal.rowOfPlotId(id);
      const b = g.__parktwin.data.getState().plots.geometry.bounds;
      const c: [number, number] = [(b[4 * r] + b[4 * r + 2]) / 2, (b[4 * r + 1] + b[4 * r + 3]) / 2];
      g.__parktwin.map().jumpTo({ center: c, zoom: 17, pitch: 0, bearing: 0 });
      return c;
    }, 'JD02-0365');
    await waitForMapSettled(page);
    await page.click('[data-testid="proposal-tool-box"]');
    await page.waitForTimeout(500);
    // A small box around the plot's centre: only its centroid falls inside.
    const centre = await pagePointOf(page, box);
    await page.mouse.move(centre.x - 12, centre.y - 12, { steps: 2 });
    await page.mouse.down();
    await page.mouse.move(centre.x, centre.y, { steps: 5 });
    await page.mouse.move(centre.x + 12, centre.y + 12, { steps: 5 });
    await page.mouse.up();
    await evaluated(page);
    await expect.poll(async () => (await proposalState(page)).changes.at(-1)).toBe('remove:JD02-0352,JD02-0365');
    await page.keyboard.press('Escape');
  }, STEP_MS);

  it('drafts a balanced proposal for a sub-park: the core suggestion the sample file was written from', async () => {
    const sample = JSON.parse(readFileSync('data/sample/proposals/minhang-suggestion.parktwin-proposal.json', 'utf8')) as { changes: { op: string; plotIds?: string[] }[] };
    await page.click('[data-testid="proposal-close"]');
    await page.click('[data-testid="proposal-button"]');
    await page.selectOption('[data-testid="proposal-subpark-select"]', 'minhang');
    await page.click('[data-testid="proposal-suggest"]');
    await evaluated(page);
    const state = await proposalState(page);
    expect(state.changes).toEqual(sample.changes.map((c) => c.op + ':' + (c.plotIds ?? []).join(',')));
    expect(state.changes.length).toBe(2);
    expect(await page.getAttribute('[data-testid="proposal-balance"]', 'data-ok')).toBe('1');
  }, STEP_MS);
});
