import { cameraOfBounds } from './cameraOfBounds.ts';
import { STORY_SCHEMA, type Slide, type Story } from './storyTypes.ts';

export interface StoryPlace {
  id: string;
  name: string;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
}

export interface DefaultStoryInput {
  zoneBounds: [number, number, number, number];
  /** Sub-parks, in any order: the story sorts them by id (DOMAIN.md §10). */
  subparks: readonly StoryPlace[];
  viewportPixels: [number, number];
  text: { storyTitle: string; zoneTitle: string; zoneCaption: string; subparkCaption: (place: StoryPlace) => string };
}

const NO_FILTERS = () => ({ subparks: [], categories: [], flags: [], statuses: [], ranges: [] });

/** The default sequence: the whole zone, then one slide per sub-park sorted by id, in the flags theme. */
export function defaultStoryOf({ zoneBounds, subparks, viewportPixels, text }: DefaultStoryInput): Story {
  const [w, h] = viewportPixels;
  const zone: Slide = {
    id: 'zone',
    title: text.zoneTitle,
    caption: text.zoneCaption,
    camera: cameraOfBounds(zoneBounds, w, h, 40),
    theme: 'flags',
    filters: NO_FILTERS(),
    extruded: false,
    subparkId: null,
    proposal: null,
  };
  const sorted = [...subparks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const slides = sorted.map<Slide>((place) => ({
    id: `subpark:${place.id}`,
    title: place.name,
    caption: text.subparkCaption(place),
    camera: cameraOfBounds(place.bounds, w, h, 60, 16),
    theme: 'flags',
    filters: NO_FILTERS(),
    extruded: false,
    subparkId: place.id,
    proposal: null,
  }));
  return { schema: STORY_SCHEMA, title: text.storyTitle, slides: [zone, ...slides] };
}
