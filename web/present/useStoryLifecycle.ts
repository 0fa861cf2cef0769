import { useEffect } from 'react';
import i18next from 'i18next';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { useHighlightStore, useStoryStore } from './storyStore.ts';
import { presentationEnded, storyReplaced } from './storyUpdaters.ts';
import { defaultStoryOf } from './defaultStory.ts';
import { storyPlacesOf } from './storyPlaces.ts';
import { savedStory, saveStory } from './storyAutosave.ts';
import { applySlide } from './applySlide.ts';
import { homeBounds } from '../map/homeBounds.ts';
import { mapInstance } from '../map/mapInstance.ts';
import type { Story } from './storyTypes.ts';

/** The default sequence for the data now loaded, in the current language, framed for the map's size. */
export function currentDefaultStory(): Story {
  const { plots, subparks } = useDataStore.getState();
  const language = useUiStore.getState().language;
  const canvas = mapInstance()?.getCanvas();
  const viewport: [number, number] = canvas && canvas.clientWidth > 0 ? [canvas.clientWidth, canvas.clientHeight] : [window.innerWidth, window.innerHeight];
  const t = i18next.getFixedT(language);
  return defaultStoryOf({
    zoneBounds: homeBounds(),
    subparks: storyPlacesOf(plots, subparks, language),
    viewportPixels: viewport,
    text: {
      storyTitle: t('present.storyTitle'),
      zoneTitle: t('present.zoneTitle'),
      zoneCaption: t('present.zoneCaption'),
      subparkCaption: (place) => {
        const info = subparks?.byId.get(place.id);
        if (!info) return '';
        const area = info.approvedAreaKm2 !== null ? t('present.approvedArea', { km2: info.approvedAreaKm2 }) : '';
        return [info.district, area].filter(Boolean).join(' · ');
      },
    },
  });
}

function fullscreen(on: boolean): void {
  // Refused outside a user gesture and in some embedded browsers: the mode works in the window too.
  if (on && !document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (!on && document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
}

/**
 * Keeps the story in step: the saved story is restored at start, the default one follows the data
 * and language, a user's story is autosaved, and in presentation mode the shown slide drives the map.
 */
export function useStoryLifecycle(): void {
  useEffect(() => {
    const saved = savedStory();
    if (saved) useStoryStore.setState((s) => storyReplaced(s, saved, false));
    const rebuild = () => {
      if (useStoryStore.getState().isDefault) useStoryStore.setState((s) => storyReplaced(s, currentDefaultStory(), true));
    };
    rebuild();
    const offData = useDataStore.subscribe((s, prev) => (s.plots !== prev.plots || s.subparks !== prev.subparks) && rebuild());
    const offUi = useUiStore.subscribe((s, prev) => s.language !== prev.language && rebuild());
    const offStory = useStoryStore.subscribe((s, prev) => {
      if (s.story !== prev.story && !s.isDefault) saveStory(s.story);
      if (s.isDefault && !prev.isDefault) saveStory(null);
      if (s.presenting !== prev.presenting) {
        fullscreen(s.presenting);
        if (!s.presenting) useHighlightStore.setState({ subparkId: null, proposal: null });
        // The map container changed size (panels hidden or shown).
        requestAnimationFrame(() => mapInstance()?.resize());
      }
      const slide = s.story.slides[s.index];
      if (s.presenting && slide && (s.index !== prev.index || !prev.presenting || s.story.slides[s.index] !== prev.story.slides[prev.index])) void applySlide(slide, prev.presenting);
    });
    // Leaving the browser's full screen (its own Esc) leaves presentation mode too.
    const onFullscreen = () => {
      if (!document.fullscreenElement && useStoryStore.getState().presenting) useStoryStore.setState(presentationEnded);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      offData();
      offUi();
      offStory();
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);
}
