import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, startHarness, waitForAnalysis, type Harness } from './harness.ts';

/** The embedded sample (23 sub-parks), the default story's data. */
/** Software WebGL on a shared 2-core machine: a frame of 26,818 extruded plots took tens of seconds under load. */
const SHOT_MS = 180_000;
const STEP_MS = 400_000;

let h: Harness;
let page: Page;

interface PresentHooks {
  story: { getState(): { story: { slides: { id: string; title: string; subparkId: string | null }[] }; index: number; presenting: boolean }; setState(s: { index: number }): void };
  highlight: { getState(): { proposal: { proposal: { id: string }; evaluation: { marks: Uint8Array } | null } | null } };
}

async function storyState(p: Page) {
  return p.evaluate(() => {
    const s = (globalThis as unknown as { __parktwinPresent: PresentHooks }).__parktwinPresent.story.getState();
    return { ids: s.story.slides.map((x) => x.id), titles: s.story.slides.map((x) => x.title), index: s.index, presenting: s.presenting };
  });
}

/** Waits for the camera flight and the frame after it. */
async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const map = (globalThis as unknown as { __parktwin: { map(): { isMoving(): boolean } | null } }).__parktwin.map();
    return map !== null && !map.isMoving();
  }, undefined, { timeout: 30_000, polling: 100 });
  await p.waitForTimeout(600);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  await page.goto(h.baseUrl + '/');
  await waitForAnalysis(page, 120_000);
  await page.waitForFunction(() => (globalThis as unknown as { __parktwinPresent?: PresentHooks }).__parktwinPresent?.story.getState().story.slides.length === 24, undefined, { timeout: 30_000 });
}, 240_000);

afterAll(async () => {
  await h?.close();
});

describe('presentation mode (sample)', () => {
  it('builds the default story: the zone, then the 23 sub-parks sorted by id', async () => {
    const s = await storyState(page);
    expect(s.ids[0]).toBe('zone');
    const subparkIds = s.ids.slice(1).map((id) => id.replace('subpark:', ''));
    expect(subparkIds).toHaveLength(23);
    expect(subparkIds).toEqual([...subparkIds].sort());
  });

  it('enters from the top bar: panels hidden, the first slide with its title and figures', async () => {
    // The planner's working layers (data-quality outlines) are on in the viewer, and not shown to the room.
    await expect.poll(() => page.textContent('[data-testid="legend"]'), { timeout: 60_000 }).toContain('数据质量问题地块');
    await page.click('[data-testid="present-button"]');
    await page.waitForSelector('[data-testid="presentation"]');
    expect(await page.textContent('[data-testid="legend"]')).not.toContain('数据质量问题地块');
    expect(await page.isVisible('.topbar')).toBe(false);
    expect(await page.isVisible('.side-panel')).toBe(false);
    expect(await page.textContent('[data-testid="slide-title"]')).toBe('全区总览');
    expect(await page.textContent('[data-testid="slide-counter"]')).toBe('1 / 24');
    expect(await page.locator('[data-testid="metric-cards"] li').count()).toBeGreaterThan(0);
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'present-zone-2d.png'), timeout: SHOT_MS });
  }, STEP_MS);

  it('plays the story with the keyboard and clicker keys; the title on screen follows', async () => {
    const { titles } = await storyState(page);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.textContent('[data-testid="slide-title"]')).toBe(titles[1]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('[data-testid="slide-title"]')).toBe(titles[2]);
    await page.keyboard.press(' ');
    await expect.poll(() => page.textContent('[data-testid="slide-counter"]')).toBe('4 / 24');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.textContent('[data-testid="slide-title"]')).toBe(titles[1]);
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'present-subpark-2d.png'), timeout: SHOT_MS });
    // Home is the first slide here, not the viewer's "whole zone" shortcut.
    await page.keyboard.press('Home');
    await expect.poll(() => page.textContent('[data-testid="slide-counter"]')).toBe('1 / 24');
  }, STEP_MS);

  it('shows each target against its measured value, and "no data" for one the plots cannot measure', async () => {
    const { ids } = await storyState(page);
    await page.evaluate((index) => (globalThis as unknown as { __parktwinPresent: PresentHooks }).__parktwinPresent.story.setState({ index }), ids.indexOf('subpark:huangpu'));
    await expect.poll(() => page.textContent('[data-testid="slide-title"]')).toBe('黄浦园');
    const cards = page.locator('[data-testid="metric-cards"] li');
    const texts = await cards.allTextContents();
    const output = texts.find((t) => t.includes('三大先导产业'));
    expect(output).toContain('暂无数据');
    expect(output).toContain('2026 年目标 700 亿元');
    const productivity = texts.find((t) => t.includes('全员劳动生产率'));
    expect(productivity).toContain('2026 年目标 75 万元/人');
    expect(productivity).toMatch(/万元\/人.*(未达标|达标)/);
    expect(await page.locator('[data-testid="metric-cards"] li[data-status="noData"]').count()).toBeGreaterThanOrEqual(1);
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'present-huangpu-2d.png'), timeout: SHOT_MS });
  }, STEP_MS);

  it('shows 3D with light and shade; the sub-park outline and labels stay above the extruded plots', async () => {
    await page.keyboard.press('e');
    await page.evaluate(() => {
      const map = (globalThis as unknown as { __parktwin: { map(): { easeTo(o: object): void } } }).__parktwin.map();
      map.easeTo({ pitch: 55, bearing: -25, zoom: 14.3, duration: 0 });
    });
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'present-huangpu-3d.png'), timeout: SHOT_MS });
    expect(await page.evaluate(() => (globalThis as unknown as { __parktwin: { view: { getState(): { extrusion: string } } } }).__parktwin.view.getState().extrusion)).not.toBe('none');
  }, STEP_MS);

  it('leaves with Esc, and the panels come back', async () => {
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="presentation"]', { state: 'detached' });
    expect(await page.isVisible('.topbar')).toBe(true);
    expect((await storyState(page)).presenting).toBe(false);
  });

  it('exports the current view as a PNG at the chosen pixel ratio', async () => {
    await page.click('[data-testid="story-button"]');
    await page.selectOption('[data-testid="png-ratio"]', '2');
    const cssSize = await page.evaluate(() => {
      const c = (globalThis as unknown as { __parktwin: { map(): { getContainer(): HTMLElement } } }).__parktwin.map().getContainer();
      return [c.clientWidth, c.clientHeight];
    });
    // Drawn at 2× on a software renderer: seconds, more on a busy machine.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), page.click('[data-testid="export-png"]')]);
    const path = join(ARTIFACTS, 'present-export.png');
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/^parktwin-map-\d{4}-\d{2}-\d{2}\.png$/);
    const exported = readFileSync(path);
    expect(pngSize(exported)).toEqual([cssSize[0] * 2, cssSize[1] * 2]);
    // The plots fill the whole image at 2×, as on screen (not a quarter of it): the centre 60% of the
    // export, scaled down, matches a screenshot of the map at most sampled points.
    const screen = await page.locator('[data-testid="map"]').screenshot({ timeout: SHOT_MS });
    const agreement = await page.evaluate(async ([a, b]) => {
      const pixels = async (data: string, w: number, h: number) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const canvas = new OffscreenCanvas(w, h);
        const g = canvas.getContext('2d')!;
        g.drawImage(bitmap, 0, 0, w, h);
        return g.getImageData(0, 0, w, h).data;
      };
      const w = 200;
      const h = 120;
      const [pa, pb] = [await pixels(a, w, h), await pixels(b, w, h)];
      let same = 0;
      let total = 0;
      for (let y = Math.round(h * 0.2); y < h * 0.8; y += 3) {
        for (let x = Math.round(w * 0.2); x < w * 0.8; x += 3) {
          const i = 4 * (y * w + x);
          total++;
          if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) < 60) same++;
        }
      }
      return same / total;
    }, [exported.toString('base64'), screen.toString('base64')] as const);
    expect(agreement).toBeGreaterThan(0.85);
  }, 300_000);

  it('saves the view as a slide and exports the story as story.json', async () => {
    const before = (await storyState(page)).ids.length;
    await page.click('[data-testid="save-view"]');
    await expect.poll(async () => (await storyState(page)).ids.length).toBe(before + 1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-story"]')]);
    const path = join(ARTIFACTS, 'story.json');
    await download.saveAs(path);
    const json = JSON.parse(readFileSync(path, 'utf8')) as { schema: string; slides: unknown[] };
    expect(json.schema).toBe('parktwin-story/1');
    expect(json.slides).toHaveLength(before + 1);
  });

  it('refuses a broken story.json and says where it is wrong', async () => {
    await page.setInputFiles('[data-testid="import-story"]', { name: 'story.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ schema: 'parktwin-story/1', slides: [{ title: 'x', camera: { center: [121.5, 31.2], zoom: 99 } }] })) });
    await expect.poll(() => page.textContent('[data-testid="story-errors"]')).toContain('slides[0].camera.zoom');
    expect(h.outsideRequests).toEqual([]);
  });

  it('a slide shows a proposal: saved from proposal mode, played with its plots marked and its ledger on the cards', async () => {
    const editorShown = () => page.isVisible('[data-testid="story-editor"]');
    if (await editorShown()) await page.click('[data-testid="story-button"]');
    await page.click('[data-testid="proposal-button"]');
    await page.click('[data-testid="proposal-sample-jiading-draft"]');
    const column = '[data-testid="proposal-ledger"] th[data-subpark="jiading"]';
    await page.waitForSelector(column, { timeout: 60_000 });
    const ledger = JSON.parse((await page.getAttribute(column, 'data-ledger'))!) as { deltaM2: number; plotsOut: number; plotsIn: number };
    const balanceOk = await page.getAttribute('[data-testid="proposal-balance"]', 'data-ok');
    expect(ledger.plotsOut).toBeGreaterThan(0);

    // Frame the proposing sub-park in 2D, as a manager would before saving the view.
    await page.evaluate(() => {
      const w = globalThis as unknown as { __parktwinPresent: { story: { getState(): { story: { slides: { id: string; camera: object }[] } } } }; __parktwin: { view: { setState(p: object): void }; map(): { jumpTo(c: object): void } } };
      const camera = w.__parktwinPresent.story.getState().story.slides.find((x) => x.id === 'subpark:jiading')!.camera;
      w.__parktwin.view.setState({ extrusion: 'none' });
      w.__parktwin.map().jumpTo(camera);
    });
    if (!(await editorShown())) await page.click('[data-testid="story-button"]');
    const before = await storyState(page);
    await page.click('[data-testid="save-view"]');
    await expect.poll(async () => (await storyState(page)).ids.length).toBe(before.ids.length + 1);
    const saved = await storyState(page);
    expect(saved.titles[saved.index]).toBe('嘉定园 边界调整（草稿）');
    expect(await page.locator('[data-testid="slide-list"] > li').nth(saved.index).locator('[data-testid="slide-proposal"]').textContent()).toBe('含调整方案：嘉定园 边界调整（草稿）');
    // Play from the saved slide (its ▶ in the slide list).
    await page.locator('[data-testid="slide-list"] > li').nth(saved.index).locator('.slide-actions button').first().click();
    await expect.poll(() => page.textContent('[data-testid="slide-title"]')).toBe('嘉定园 边界调整（草稿）');
    // The cards carry the same ledger as proposal mode, evaluated again in the worker for the slide.
    const delta = page.locator('[data-key="proposal:delta"]');
    await expect.poll(() => delta.count(), { timeout: 60_000 }).toBe(1);
    const sign = ledger.deltaM2 > 0 ? '+' : ledger.deltaM2 < 0 ? '−' : '±';
    expect(await delta.locator('.metric-value').textContent()).toBe(`${sign}${Math.abs(ledger.deltaM2).toLocaleString('zh-CN', { maximumFractionDigits: 0 })} m²`);
    expect(await delta.getAttribute('data-status')).toBe(balanceOk === '1' ? 'met' : 'below');
    expect(await page.textContent('[data-key="proposal:out"] .metric-coverage')).toBe(`${ledger.plotsOut} 块`);
    const marks = await page.evaluate(() => {
      const shown = (globalThis as unknown as { __parktwinPresent: PresentHooks }).__parktwinPresent.highlight.getState().proposal;
      const m = shown?.evaluation?.marks;
      return m ? { out: m.filter((x) => x === 1).length, in: m.filter((x) => x === 2).length } : null;
    });
    expect(marks).not.toBeNull();
    expect(marks!.out).toBe(ledger.plotsOut);
    expect(marks!.in).toBeGreaterThan(0);
    // The legend names the proposal's styles while the slide shows one.
    await expect.poll(() => page.textContent('[data-testid="legend"]')).toContain('调出地块');
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'present-proposal.png'), timeout: SHOT_MS });
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="presentation"]', { state: 'detached' });
    await page.click('[data-testid="proposal-close"]');
  }, STEP_MS);
});
