import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PresentationMode } from './PresentationMode.tsx';
import { StoryEditor } from './StoryEditor.tsx';
import { BriefDeckView } from './BriefDeckView.tsx';
import { useStoryLifecycle } from './useStoryLifecycle.ts';
import { usePresentationKeys } from './usePresentationKeys.ts';
import { useDeckStore } from './deckStore.ts';
import { useHighlightStore, useStoryStore } from './storyStore.ts';

/** Presentation mode, the story editor and the printable briefing, with the story's lifecycle and keys. */
export function PresentationRoot() {
  const { t } = useTranslation();
  useStoryLifecycle();
  usePresentationKeys();
  const progress = useDeckStore((s) => s.progress);
  useEffect(() => {
    // The stores for browser tests, only in builds made for them (like window.__parktwin's writable hooks).
    if (import.meta.env.VITE_PARKTWIN_TEST_HOOKS === '1') (globalThis as unknown as { __parktwinPresent: unknown }).__parktwinPresent = { story: useStoryStore, deck: useDeckStore, highlight: useHighlightStore };
    if (new URLSearchParams(location.search).has('brief')) void import('./briefMode.ts').then((m) => m.runBriefMode(location.search));
  }, []);
  return (
    <>
      <PresentationMode />
      <StoryEditor />
      <BriefDeckView />
      {progress && <div className="deck-progress-overlay">{t('present.building', { done: progress.done, total: progress.total })}</div>}
    </>
  );
}
