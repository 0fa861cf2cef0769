import { useStoryStore } from './storyStore.ts';
import { useDeckStore } from './deckStore.ts';

/**
 * True while a story is presented or briefing pages are drawn: the views leadership sees carry what
 * a slide saves (theme, filters, 3D, sub-park, proposal), not the working layers of a planner's
 * session such as the data-quality outlines.
 */
export function usePresenting(): boolean {
  const presenting = useStoryStore((s) => s.presenting);
  const building = useDeckStore((s) => s.progress !== null || s.onScreen);
  return presenting || building;
}
