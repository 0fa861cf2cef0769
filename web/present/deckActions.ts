import i18next from 'i18next';
import { useUiStore } from '../stores/uiStore.ts';
import { useDeckStore } from './deckStore.ts';
import { buildBriefPages, type BriefDeck } from './briefPages.ts';
import { briefPptx } from './pptxExport.ts';
import { downloadBlob } from './mapImage.ts';
import type { Story } from './storyTypes.ts';

/** Map images in the pages: 2 device pixels per CSS pixel, sharp on A4 and on a projector. */
export const BRIEF_PIXEL_RATIO = 2;

/** Builds the pages of a story into the deck store (replacing the ones there). */
export async function buildDeck(story: Story, onScreen = false): Promise<BriefDeck> {
  useDeckStore.setState({ deck: null, progress: { done: 0, total: story.slides.length }, error: null, onScreen });
  try {
    const deck = await buildBriefPages(story, BRIEF_PIXEL_RATIO, (done, total) => useDeckStore.setState({ progress: { done, total } }));
    useDeckStore.setState({ deck, progress: null });
    return deck;
  } catch (error) {
    useDeckStore.setState({ progress: null, error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

function pptxLabels() {
  const t = i18next.getFixedT(useUiStore.getState().language);
  return {
    figures: t('present.figures'),
    flags: t('dashboard.flagCounts'),
    removal: (n: number, total: number) => t('present.removalTop', { n, total }),
    moved: (n: number, total: number) => t('present.movedTop', { n, total }),
    groups: (n: number, total: number) => t('present.groupsTop', { n, total }),
    none: t('present.none'),
    plots: (n: number) => t('present.plotsN', { n }),
  };
}

export async function deckPptxBlob(deck: BriefDeck): Promise<Blob> {
  return briefPptx(deck, pptxLabels());
}

/** PPTX of a story, downloaded as parktwin-brief.pptx. */
export async function exportStoryPptx(story: Story): Promise<void> {
  const deck = await buildDeck(story);
  downloadBlob(await deckPptxBlob(deck), 'parktwin-brief.pptx');
}

/**
 * PDF of a story through the browser's print dialog ("Save as PDF"): the print stylesheet lays out
 * one A4-landscape page per slide, and Chromium's PDF embeds the subset of the CJK font it drew with.
 */
export async function printStory(story: Story): Promise<void> {
  const deck = await buildDeck(story);
  await Promise.all(deck.pages.map((p) => new Promise<void>((resolve) => {
    const img = new Image();
    img.onload = img.onerror = () => resolve();
    img.src = p.imageUrl;
  })));
  await new Promise((r) => requestAnimationFrame(r));
  window.print();
}
