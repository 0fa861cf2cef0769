import type { FilterState } from '../stores/filterStore.ts';
import type { Theme } from '../stores/viewStore.ts';

/** The version tag of a saved story file (`story.json`). */
export const STORY_SCHEMA = 'parktwin-story/1';

export interface SlideCamera {
  center: [number, number];
  zoom: number;
  pitch: number;
  bearing: number;
}

/** One saved view of a story: what the map shows and what the room reads about it. */
export interface Slide {
  id: string;
  title: string;
  caption: string;
  camera: SlideCamera;
  theme: Theme;
  filters: FilterState;
  /** Plots extruded (3D). */
  extruded: boolean;
  /** Sub-park outlined and described on the slide (its indicators against its targets); null = the whole zone. */
  subparkId: string | null;
}

export interface Story {
  schema: typeof STORY_SCHEMA;
  title: string;
  slides: Slide[];
}
