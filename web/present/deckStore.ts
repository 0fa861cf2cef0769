import { create } from 'zustand';
import type { BriefDeck } from './briefPages.ts';

/** The briefing pages being built or shown for printing; `progress` while the maps are drawn. */
export interface DeckState {
  deck: BriefDeck | null;
  progress: { done: number; total: number } | null;
  /** Shown on screen (the `brief` command screenshots the pages), not only when printing. */
  onScreen: boolean;
  error: string | null;
}

export const useDeckStore = create<DeckState>()(() => ({ deck: null, progress: null, onScreen: false, error: null }));
