import { parseStory, storyJson } from './storySchema.ts';
import { downloadBlob } from './mapImage.ts';
import type { Story } from './storyTypes.ts';

export function exportStoryJson(story: Story): void {
  downloadBlob(new Blob([storyJson(story)], { type: 'application/json' }), 'story.json');
}

/** Reads a story.json the user picked; the errors say where the file is wrong. */
export async function importStoryFile(file: File): Promise<{ story: Story } | { errors: string[] }> {
  const parsed = parseStory(await file.text());
  return parsed.ok ? { story: parsed.story } : { errors: parsed.errors };
}
