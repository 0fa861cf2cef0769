import { create } from 'zustand';
import { STORY_SCHEMA } from './storyTypes.ts';
import type { StoryState } from './storyUpdaters.ts';

export const INITIAL_STORY: Readonly<StoryState> = Object.freeze<StoryState>({
  story: { schema: STORY_SCHEMA, title: '', slides: [] },
  isDefault: true,
  index: 0,
  presenting: false,
  editorOpen: false,
});

export const useStoryStore = create<StoryState>()(() => ({ ...INITIAL_STORY }));

/** What a slide puts on the map besides the camera and the stores it sets: the outlined sub-park. */
export const useHighlightStore = create<{ subparkId: string | null }>()(() => ({ subparkId: null }));
