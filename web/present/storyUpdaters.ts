import type { Slide, Story } from './storyTypes.ts';

/**
 * The story being shown or edited, as pure updaters `(state, payload) => state`. `isDefault` marks
 * the sequence built from the data (zone, then each sub-park): it is rebuilt when the data changes,
 * and a user's edit turns it into a story of their own.
 */
export interface StoryState {
  story: Story;
  isDefault: boolean;
  /** The slide shown in presentation mode. */
  index: number;
  presenting: boolean;
  editorOpen: boolean;
}

const clampIndex = (index: number, length: number) => Math.max(0, Math.min(index, length - 1));

export const storyReplaced = (s: StoryState, story: Story, isDefault: boolean): StoryState => ({
  ...s,
  story,
  isDefault,
  index: clampIndex(s.index, story.slides.length),
});

/** Adds a slide after the current one and shows it. */
export const slideAdded = (s: StoryState, slide: Slide): StoryState => {
  const at = s.story.slides.length === 0 ? 0 : s.index + 1;
  const slides = [...s.story.slides.slice(0, at), slide, ...s.story.slides.slice(at)];
  return { ...s, story: { ...s.story, slides }, isDefault: false, index: at };
};

export const slideRemoved = (s: StoryState, id: string): StoryState => {
  const at = s.story.slides.findIndex((x) => x.id === id);
  if (at < 0) return s;
  const slides = s.story.slides.filter((x) => x.id !== id);
  const index = at < s.index ? s.index - 1 : s.index;
  return { ...s, story: { ...s.story, slides }, isDefault: false, index: clampIndex(index, slides.length) };
};

/** Moves a slide by `delta` places (−1 up, +1 down); the moved slide stays the current one when it was. */
export const slideMoved = (s: StoryState, id: string, delta: number): StoryState => {
  const from = s.story.slides.findIndex((x) => x.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= s.story.slides.length || delta === 0) return s;
  const slides = [...s.story.slides];
  const [moved] = slides.splice(from, 1);
  slides.splice(to, 0, moved);
  const index = s.index === from ? to : s.index === to ? from : s.index;
  return { ...s, story: { ...s.story, slides }, isDefault: false, index };
};

export const slideEdited = (s: StoryState, id: string, change: Partial<Pick<Slide, 'title' | 'caption'>>): StoryState => {
  if (!s.story.slides.some((x) => x.id === id)) return s;
  const slides = s.story.slides.map((x) => (x.id === id ? { ...x, ...change } : x));
  return { ...s, story: { ...s.story, slides }, isDefault: false };
};

export const storyRetitled = (s: StoryState, title: string): StoryState => ({ ...s, story: { ...s.story, title }, isDefault: false });

export const slideShown = (s: StoryState, index: number): StoryState => ({ ...s, index: clampIndex(index, s.story.slides.length) });
export const nextSlide = (s: StoryState): StoryState => slideShown(s, s.index + 1);
export const previousSlide = (s: StoryState): StoryState => slideShown(s, s.index - 1);

export const presentationStarted = (s: StoryState, index = s.index): StoryState => ({ ...s, presenting: s.story.slides.length > 0, editorOpen: false, index: clampIndex(index, s.story.slides.length) });
export const presentationEnded = (s: StoryState): StoryState => ({ ...s, presenting: false });
export const editorToggled = (s: StoryState, open = !s.editorOpen): StoryState => ({ ...s, editorOpen: open });

/** A slide id unlikely to repeat within a story (stories are small; ids only need to differ). */
export function newSlideId(existing: readonly Slide[], seed = Date.now()): string {
  const ids = new Set(existing.map((x) => x.id));
  let n = seed % 1e9;
  while (ids.has(`s${n.toString(36)}`)) n++;
  return `s${n.toString(36)}`;
}
