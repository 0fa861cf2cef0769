import { useDataStore } from '../stores/dataStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useCursorStore } from '../stores/cursorStore.ts';
import { mapInstance } from '../map/mapInstance.ts';
import { parseStory } from './storySchema.ts';
import { currentDefaultStory } from './useStoryLifecycle.ts';
import { buildDeck, deckPptxBlob } from './deckActions.ts';
import { downloadBlob } from './mapImage.ts';
import { mapSettled } from './mapCanvas.ts';
import { useDeckStore } from './deckStore.ts';
import { useHighlightStore, useStoryStore } from './storyStore.ts';
import type { Story } from './storyTypes.ts';

/**
 * `?brief=1` (used by `parktwin brief`): once the plots, their analysis, the sub-parks and the map
 * are ready, draws the briefing pages of the default story (or of `?story=URL`) on screen and
 * reports on `window.__parktwinBrief`; the command then prints them to PDF, screenshots them, or
 * asks for the PPTX, which downloads like the viewer's own export.
 */
export interface BriefStatus {
  state: 'waiting' | 'building' | 'ready' | 'error';
  message?: string;
  pageCount?: number;
  pptx?: () => Promise<void>;
}

function publish(status: BriefStatus): void {
  (globalThis as unknown as { __parktwinBrief: BriefStatus }).__parktwinBrief = status;
}

function until(test: () => boolean, timeoutMs: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const tick = () => {
      if (test()) return resolve();
      if (performance.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

async function storyOf(url: string | null): Promise<Story> {
  if (!url) return currentDefaultStory();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`story file: HTTP ${response.status}`);
  const parsed = parseStory(await response.text());
  if (!parsed.ok) throw new Error(`story file: ${parsed.errors.slice(0, 5).join('; ')}`);
  return parsed.story;
}

export async function runBriefMode(search: string, timeoutMs = 300_000): Promise<void> {
  publish({ state: 'waiting' });
  const q = new URLSearchParams(search);
  try {
    // Panels hidden from the start, so the map has the size it will be drawn at.
    useDeckStore.setState({ onScreen: true });
    const wantsSubparks = q.get('subparks') !== null;
    await until(() => {
      const d = useDataStore.getState();
      if (d.status === 'error') throw new Error(d.error ?? 'the plots could not be read');
      const a = useAnalysisStore.getState();
      if (a.error) throw new Error(a.error);
      return d.status === 'ready' && !!a.result && !a.running && (!wantsSubparks || (!!d.subparks && useCursorStore.getState().subparkLayersReady)) && !!mapInstance()?.isStyleLoaded();
    }, timeoutMs, 'the plots and their analysis');
    console.debug(`parktwin brief: data, analysis and map ready at ${performance.now().toFixed(0)} ms`);
    await document.fonts.ready;
    await mapSettled(mapInstance()!);
    publish({ state: 'building' });
    const story = await storyOf(q.get('story'));
    useStoryStore.setState({ story, isDefault: true });
    const deck = await buildDeck(story, true);
    useHighlightStore.setState({ subparkId: null, proposal: null });
    publish({ state: 'ready', pageCount: deck.pages.length, pptx: async () => downloadBlob(await deckPptxBlob(deck), 'brief.pptx') });
  } catch (error) {
    publish({ state: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
