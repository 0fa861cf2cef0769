import type { FilterState } from '../stores/filterStore.ts';
import type { Theme } from '../stores/viewStore.ts';
import type { Proposal } from '../../src/index.ts';

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
  /**
   * A boundary-adjustment proposal shown on the slide (its plots out / in / drawn on the map, its
   * ledger and after-figures on the cards), embedded whole as its §8 document so that the story file
   * carries it to `parktwin brief` and to another machine; null = none.
   */
  proposal: Proposal | null;
}

export interface Story {
  schema: typeof STORY_SCHEMA;
  title: string;
  slides: Slide[];
}
