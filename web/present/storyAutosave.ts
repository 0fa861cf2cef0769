import { parseStory, storyJson } from './storySchema.ts';
import type { Story } from './storyTypes.ts';

/**
 * A user's story is kept in localStorage (a story is a few kilobytes of JSON; IndexedDB would add a
 * dependency for nothing). It is read back through the same validation as an imported file.
 */
const KEY = 'parktwin.story';

export function savedStory(): Story | null {
  try {
    const text = localStorage.getItem(KEY);
    if (!text) return null;
    const parsed = parseStory(text);
    return parsed.ok ? parsed.story : null;
  } catch {
    return null;
  }
}

export function saveStory(story: Story | null): void {
  try {
    if (story) localStorage.setItem(KEY, storyJson(story));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or disabled (private window): the story lives on for this session only.
  }
}
