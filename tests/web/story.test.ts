import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proposalJson, readProposal } from '../../src/index.ts';
import { STORY_SCHEMA, type Slide, type Story } from '../../web/present/storyTypes.ts';
import { nextSlide, presentationStarted, previousSlide, slideAdded, slideEdited, slideMoved, slideRemoved, storyReplaced, newSlideId, type StoryState } from '../../web/present/storyUpdaters.ts';
import { parseStory, storyJson } from '../../web/present/storySchema.ts';
import { defaultStoryOf } from '../../web/present/defaultStory.ts';
import { cameraOfBounds } from '../../web/present/cameraOfBounds.ts';

function deepFrozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFrozen(v);
    Object.freeze(value);
  }
  return value;
}

function slide(id: string, title = id): Slide {
  return { id, title, caption: '', camera: { center: [121.5, 31.2], zoom: 12, pitch: 0, bearing: 0 }, theme: 'flags', filters: { subparks: [], categories: [], flags: [], statuses: [], ranges: [] }, extruded: false, subparkId: null, proposal: null };
}

function stateOf(ids: string[], index = 0): StoryState {
  return deepFrozen({ story: { schema: STORY_SCHEMA, title: 'T', slides: ids.map((id) => slide(id)) }, isDefault: true, index, presenting: false, editorOpen: false });
}

const ids = (s: StoryState) => s.story.slides.map((x) => x.id);

describe('story updaters', () => {
  it('add a slide after the current one, show it, and mark the story as the user\'s', () => {
    const s = slideAdded(stateOf(['a', 'b', 'c'], 0), slide('n'));
    expect(ids(s)).toEqual(['a', 'n', 'b', 'c']);
    expect(s.index).toBe(1);
    expect(s.isDefault).toBe(false);
    expect(ids(slideAdded(stateOf([]), slide('n')))).toEqual(['n']);
  });
  it('remove a slide and keep the current one in range', () => {
    expect(ids(slideRemoved(stateOf(['a', 'b', 'c'], 2), 'c'))).toEqual(['a', 'b']);
    expect(slideRemoved(stateOf(['a', 'b', 'c'], 2), 'c').index).toBe(1);
    expect(slideRemoved(stateOf(['a', 'b', 'c'], 2), 'a').index).toBe(1);
    const unchanged = stateOf(['a']);
    expect(slideRemoved(unchanged, 'zz')).toBe(unchanged);
  });
  it('move a slide up and down; the current slide follows its content', () => {
    const s = slideMoved(stateOf(['a', 'b', 'c'], 0), 'a', 1);
    expect(ids(s)).toEqual(['b', 'a', 'c']);
    expect(s.index).toBe(1);
    expect(ids(slideMoved(stateOf(['a', 'b', 'c']), 'c', -2))).toEqual(['c', 'a', 'b']);
    expect(ids(slideMoved(stateOf(['a', 'b']), 'a', -1))).toEqual(['a', 'b']);
    expect(slideMoved(stateOf(['a', 'b', 'c'], 1), 'a', 1).index).toBe(0);
  });
  it('edit a caption and title', () => {
    const s = slideEdited(stateOf(['a', 'b']), 'b', { caption: '重点：闲置土地', title: 'B2' });
    expect(s.story.slides[1]).toMatchObject({ caption: '重点：闲置土地', title: 'B2' });
    expect(s.story.slides[0].caption).toBe('');
  });
  it('step through slides without leaving the story', () => {
    let s = presentationStarted(stateOf(['a', 'b']), 0);
    expect(s.presenting).toBe(true);
    s = nextSlide(nextSlide(s));
    expect(s.index).toBe(1);
    s = previousSlide(previousSlide(previousSlide(s)));
    expect(s.index).toBe(0);
    expect(presentationStarted(stateOf([])).presenting).toBe(false);
  });
  it('replacing the story clamps the current slide', () => {
    const s = storyReplaced(stateOf(['a', 'b', 'c'], 2), { schema: STORY_SCHEMA, title: 'x', slides: [slide('z')] }, false);
    expect(s.index).toBe(0);
    expect(s.isDefault).toBe(false);
  });
  it('gives new slides ids not in use', () => {
    const existing = [slide('s1'), slide('s2')];
    expect(newSlideId(existing, 1)).toBe('s3');
  });
});

describe('story.json', () => {
  const story: Story = { schema: STORY_SCHEMA, title: '月度汇报', slides: [{ ...slide('a', '张江'), caption: '闲置土地', theme: 'landUse', extruded: true, subparkId: 'zhangjiang', filters: { subparks: ['zhangjiang'], categories: ['industrial'], flags: ['idle-land'], statuses: [0], ranges: [{ field: 'far', min: 0, max: 1.5 }] } }] };

  it('round-trips through its text', () => {
    const parsed = parseStory(storyJson(story));
    expect(parsed).toEqual({ ok: true, story });
  });
  it('reads a file with a byte-order mark and optional members left out', () => {
    const text = '\uFEFF' + JSON.stringify({ schema: STORY_SCHEMA, slides: [{ title: 'a', camera: { center: [121.5, 31.2], zoom: 10 } }] });
    const parsed = parseStory(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.story.slides[0]).toMatchObject({ id: 'slide-1', caption: '', theme: 'flags', extruded: false, subparkId: null, camera: { pitch: 0, bearing: 0 } });
  });
  it('refuses what is not a story, saying why', () => {
    expect(parseStory('{')).toMatchObject({ ok: false, errors: [expect.stringContaining('not JSON')] });
    expect(parseStory('[]')).toMatchObject({ ok: false });
    expect(parseStory(JSON.stringify({ schema: 'parktwin-story/9', slides: [] }))).toMatchObject({ ok: false, errors: [expect.stringContaining('parktwin-story/1')] });
    expect(parseStory(JSON.stringify({ schema: STORY_SCHEMA, slides: [] }))).toMatchObject({ ok: false, errors: ['slides: the story has no slides'] });
  });
  it('names every bad member with its place in the file', () => {
    const bad = {
      schema: STORY_SCHEMA,
      slides: [
        { id: 'x', title: 'ok', camera: { center: [121.5, 31.2], zoom: 30 }, theme: 'rainbow' },
        { id: 'x', title: 5, camera: { center: [500, 31] , zoom: 10 }, filters: { flags: ['weak', 'bogus'], ranges: [{ field: 'nope' }] }, extruded: 'yes' },
      ],
    };
    const parsed = parseStory(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^slides\[0\]\.camera\.zoom: must be a number from 0 to 24, got 30/),
      expect.stringMatching(/^slides\[0\]\.theme: must be one of/),
      expect.stringMatching(/^slides\[1\]\.title: must be text, got 5/),
      expect.stringMatching(/^slides\[1\]\.camera\.center\[0\]: /),
      expect.stringMatching(/^slides\[1\]\.filters\.flags\[1\]: "bogus" is not one of/),
      expect.stringMatching(/^slides\[1\]\.filters\.ranges\[0\]\.field: /),
      expect.stringMatching(/^slides\[1\]\.extruded: must be true or false/),
      expect.stringMatching(/^slides\[1\]\.id: "x" is used twice/),
    ]));
  });
});

describe('story.json: a slide that shows a proposal', () => {
  const proposalFile = JSON.parse(readFileSync('data/sample/proposals/jiading-draft.parktwin-proposal.json', 'utf8')) as unknown;
  const read = readProposal(proposalFile);

  it('carries the §8 document whole, and reads back the same proposal', () => {
    expect(read.proposal).not.toBeNull();
    const story: Story = { schema: STORY_SCHEMA, title: 'T', slides: [{ ...slide('p', '嘉定调整'), subparkId: read.proposal!.subparkId ?? null, proposal: read.proposal }, slide('plain')] };
    const text = storyJson(story);
    const json = JSON.parse(text) as { slides: Record<string, unknown>[] };
    // Written as a proposal file would be, so it can be cut out and opened in proposal mode.
    expect(json.slides[0].proposal).toEqual(proposalJson(read.proposal!));
    // A slide without one is written as before the member existed.
    expect('proposal' in json.slides[1]).toBe(false);
    expect(parseStory(text)).toEqual({ ok: true, story });
  });
  it('refuses a story whose proposal is not a proposal, naming the slide', () => {
    const bad = { schema: STORY_SCHEMA, slides: [{ title: 'a', camera: { center: [121.5, 31.2], zoom: 10 }, proposal: { schema: 'parktwin-proposal/7', changes: [] } }, { title: 'b', camera: { center: [121.5, 31.2], zoom: 10 }, proposal: 'x' }] };
    const parsed = parseStory(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([expect.stringMatching(/^slides\[0\]\.proposal\.schema: /), expect.stringMatching(/^slides\[1\]\.proposal: a proposal is a JSON object/)]);
  });
  it('keeps a proposal whose changes have problems: they are the proposal\'s own issues, listed when it is evaluated', () => {
    const odd = { ...(proposalFile as Record<string, unknown>), changes: [{ op: 'teleport', plotIds: ['x'] }] };
    const parsed = parseStory(JSON.stringify({ schema: STORY_SCHEMA, slides: [{ title: 'a', camera: { center: [121.5, 31.2], zoom: 10 }, proposal: odd }] }));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.story.slides[0].proposal?.changes).toEqual([{ op: 'unreadable', raw: { op: 'teleport', plotIds: ['x'] } }]);
  });
});

describe('default story', () => {
  it('is the zone, then one slide per sub-park sorted by id, in the flags theme', () => {
    const story = defaultStoryOf({
      zoneBounds: [121.2, 30.9, 121.9, 31.4],
      subparks: [
        { id: 'zizhu', name: '紫竹', bounds: [121.43, 31.0, 121.47, 31.04] },
        { id: 'huangpu', name: '黄浦园', bounds: [121.46, 31.2, 121.5, 31.23] },
      ],
      viewportPixels: [1200, 800],
      text: { storyTitle: 'S', zoneTitle: '全区', zoneCaption: 'c', subparkCaption: (p) => `${p.name}分园` },
    });
    expect(story.slides.map((s) => s.id)).toEqual(['zone', 'subpark:huangpu', 'subpark:zizhu']);
    expect(story.slides.every((s) => s.theme === 'flags')).toBe(true);
    expect(story.slides[1]).toMatchObject({ title: '黄浦园', caption: '黄浦园分园', subparkId: 'huangpu' });
    expect(story.slides[2].camera.zoom).toBeGreaterThan(story.slides[0].camera.zoom);
    expect(parseStory(storyJson(story)).ok).toBe(true);
  });
  it('fits bounds as MapLibre does (a 1° wide box at the equator into 512 px is zoom 8.49)', () => {
    const c = cameraOfBounds([-0.5, -0.25, 0.5, 0.25], 512, 512, 0);
    expect(c.zoom).toBeCloseTo(Math.log2(360), 5);
    expect(c.center[0]).toBeCloseTo(0, 9);
    expect(c.center[1]).toBeCloseTo(0, 9);
    const shanghai = cameraOfBounds([121.4, 31.1, 121.6, 31.3], 1000, 1000, 0);
    expect(shanghai.center[1]).toBeGreaterThan(31.2);
    expect(shanghai.center[1]).toBeLessThan(31.201);
  });
});
