import { FLAG_NAMES, LAND_USE_CATEGORIES, proposalJson, readProposal, type Proposal } from '../../src/index.ts';
import { THEMES } from '../stores/viewStore.ts';
import { COLUMN_FIELDS } from '../worker/protocol.ts';
import type { FilterState, NumericRange } from '../stores/filterStore.ts';
import { STORY_SCHEMA, type Slide, type SlideCamera, type Story } from './storyTypes.ts';

/**
 * `story.json` in and out. Import checks every member and says where a problem is
 * (`slides[2].camera.zoom: …`); a file with any problem is refused whole, so a half-read story never
 * replaces the one in use.
 */
export type StoryParse = { ok: true; story: Story } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const MAX_SLIDES = 500;

function numberIn(errors: string[], at: string, v: unknown, min: number, max: number): number {
  if (!isFiniteNumber(v) || v < min || v > max) {
    errors.push(`${at}: must be a number from ${min} to ${max}, got ${JSON.stringify(v) ?? 'nothing'}`);
    return min;
  }
  return v;
}

function textIn(errors: string[], at: string, v: unknown, required: boolean): string {
  if (v === undefined && !required) return '';
  if (typeof v !== 'string') {
    errors.push(`${at}: must be text, got ${JSON.stringify(v) ?? 'nothing'}`);
    return '';
  }
  return v;
}

function listOf<T extends string | number>(errors: string[], at: string, v: unknown, allowed: readonly T[] | null, kind: 'string' | 'number'): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.push(`${at}: must be a list`);
    return [];
  }
  const out: T[] = [];
  v.forEach((item, i) => {
    if (typeof item !== kind || (allowed && !(allowed as readonly unknown[]).includes(item))) {
      errors.push(`${at}[${i}]: ${JSON.stringify(item)} is not ${allowed ? `one of ${allowed.join(', ')}` : `a ${kind}`}`);
    } else out.push(item as T);
  });
  return out;
}

function cameraOf(errors: string[], at: string, v: unknown): SlideCamera {
  if (!isObj(v)) {
    errors.push(`${at}: must be an object {center, zoom, pitch, bearing}`);
    return { center: [0, 0], zoom: 0, pitch: 0, bearing: 0 };
  }
  const center = v.center;
  let lonLat: [number, number] = [0, 0];
  if (!Array.isArray(center) || center.length !== 2) errors.push(`${at}.center: must be [longitude, latitude]`);
  else lonLat = [numberIn(errors, `${at}.center[0]`, center[0], -180, 180), numberIn(errors, `${at}.center[1]`, center[1], -85, 85)];
  return {
    center: lonLat,
    zoom: numberIn(errors, `${at}.zoom`, v.zoom, 0, 24),
    pitch: numberIn(errors, `${at}.pitch`, v.pitch ?? 0, 0, 85),
    bearing: numberIn(errors, `${at}.bearing`, v.bearing ?? 0, -360, 360),
  };
}

function rangesOf(errors: string[], at: string, v: unknown): NumericRange[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.push(`${at}: must be a list`);
    return [];
  }
  const out: NumericRange[] = [];
  v.forEach((r, i) => {
    const field = isObj(r) ? r.field : undefined;
    if (!isObj(r) || typeof field !== 'string' || !(COLUMN_FIELDS as readonly string[]).includes(field)) {
      errors.push(`${at}[${i}].field: must be one of ${COLUMN_FIELDS.join(', ')}`);
      return;
    }
    const bound = (x: unknown, name: string) => (x === null || x === undefined ? null : isFiniteNumber(x) ? x : (errors.push(`${at}[${i}].${name}: must be a number or null`), null));
    out.push({ field: field as NumericRange['field'], min: bound(r.min, 'min'), max: bound(r.max, 'max') });
  });
  return out;
}

function filtersOf(errors: string[], at: string, v: unknown): FilterState {
  if (v === undefined) return { subparks: [], categories: [], flags: [], statuses: [], ranges: [] };
  if (!isObj(v)) {
    errors.push(`${at}: must be an object`);
    return { subparks: [], categories: [], flags: [], statuses: [], ranges: [] };
  }
  return {
    subparks: listOf<string>(errors, `${at}.subparks`, v.subparks, null, 'string'),
    categories: listOf(errors, `${at}.categories`, v.categories, LAND_USE_CATEGORIES, 'string'),
    flags: listOf(errors, `${at}.flags`, v.flags, FLAG_NAMES, 'string'),
    statuses: listOf(errors, `${at}.statuses`, v.statuses, [0, 1], 'number'),
    ranges: rangesOf(errors, `${at}.ranges`, v.ranges),
  };
}

/** A slide's embedded proposal, read like a proposal file; its errors refuse the story, its warnings do not. */
function proposalOf(errors: string[], at: string, v: unknown): Proposal | null {
  if (v === undefined || v === null) return null;
  const read = readProposal(v);
  const before = errors.length;
  for (const issue of read.issues) {
    if (issue.severity === 'error' && issue.change === -1) errors.push(`${at}${issue.field ? `.${issue.field}` : ''}: ${issue.message}`);
  }
  if (!read.proposal && errors.length === before) errors.push(`${at}: not a proposal`);
  return read.proposal;
}

function slideOf(errors: string[], at: string, v: unknown, index: number): Slide {
  const s: Obj = isObj(v) ? v : {};
  if (!isObj(v)) errors.push(`${at}: must be an object`);
  const theme = s.theme ?? 'flags';
  if (typeof theme !== 'string' || !(THEMES as readonly string[]).includes(theme)) errors.push(`${at}.theme: must be one of ${THEMES.join(', ')}`);
  if (s.extruded !== undefined && typeof s.extruded !== 'boolean') errors.push(`${at}.extruded: must be true or false`);
  if (s.subparkId !== undefined && s.subparkId !== null && typeof s.subparkId !== 'string') errors.push(`${at}.subparkId: must be text or null`);
  const id = typeof s.id === 'string' && s.id ? s.id : `slide-${index + 1}`;
  return {
    id,
    title: textIn(errors, `${at}.title`, s.title, true),
    caption: textIn(errors, `${at}.caption`, s.caption, false),
    camera: cameraOf(errors, `${at}.camera`, s.camera),
    theme: (THEMES as readonly string[]).includes(String(theme)) ? (theme as Slide['theme']) : 'flags',
    filters: filtersOf(errors, `${at}.filters`, s.filters),
    extruded: s.extruded === true,
    subparkId: typeof s.subparkId === 'string' && s.subparkId ? s.subparkId : null,
    proposal: proposalOf(errors, `${at}.proposal`, s.proposal),
  };
}

/** Reads the text of a `story.json`. */
export function parseStory(text: string): StoryParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isObj(json)) return { ok: false, errors: ['a story file is a JSON object {schema, title, slides}'] };
  if (json.schema !== STORY_SCHEMA) {
    return { ok: false, errors: [`schema: must be "${STORY_SCHEMA}", got ${JSON.stringify(json.schema) ?? 'nothing'} (not a ParkTwin story, or a newer version)`] };
  }
  const errors: string[] = [];
  const title = textIn(errors, 'title', json.title, false);
  if (!Array.isArray(json.slides)) return { ok: false, errors: ['slides: must be a list of slides'] };
  if (json.slides.length === 0) errors.push('slides: the story has no slides');
  if (json.slides.length > MAX_SLIDES) errors.push(`slides: at most ${MAX_SLIDES} slides, got ${json.slides.length}`);
  const slides = json.slides.slice(0, MAX_SLIDES).map((s, i) => slideOf(errors, `slides[${i}]`, s, i));
  const seen = new Set<string>();
  slides.forEach((s, i) => {
    if (seen.has(s.id)) errors.push(`slides[${i}].id: "${s.id}" is used twice`);
    seen.add(s.id);
  });
  return errors.length ? { ok: false, errors } : { ok: true, story: { schema: STORY_SCHEMA, title, slides } };
}

/** The text of a `story.json` (stable member order, indented for people who edit it by hand). */
export function storyJson(story: Story): string {
  // A slide without a proposal is written as before this member existed.
  const slides = story.slides.map(({ proposal, ...rest }) => (proposal ? { ...rest, proposal: proposalJson(proposal) } : rest));
  return JSON.stringify({ schema: STORY_SCHEMA, title: story.title, slides }, null, 2) + '\n';
}
