import type { LoadResult } from '../worker/protocol.ts';
import type { SubparkCollection } from '../map/subparkCollection.ts';
import type { Language } from '../i18n/index.ts';
import type { StoryPlace } from './defaultStory.ts';

/**
 * The places of the default story: the sub-parks of the boundaries file; without one, the sub-park
 * ids the plots carry, each framed on its plots (plots outside every sub-park get no slide).
 */
export function storyPlacesOf(plots: LoadResult | null, subparks: SubparkCollection | null, language: Language): StoryPlace[] {
  if (subparks && subparks.subparks.length > 0) {
    return subparks.subparks.map((s) => ({ id: s.id, name: language === 'zh' ? s.name : s.nameEn, bounds: s.bounds }));
  }
  if (!plots) return [];
  const boxes = plots.geometry.bounds;
  const out = plots.subparkKeys.map((id) => ({ id, name: id, bounds: [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number] }));
  for (let p = 0; p < plots.plotCount; p++) {
    const b = out[plots.columns.subparkIndex[p]].bounds;
    b[0] = Math.min(b[0], boxes[4 * p]);
    b[1] = Math.min(b[1], boxes[4 * p + 1]);
    b[2] = Math.max(b[2], boxes[4 * p + 2]);
    b[3] = Math.max(b[3], boxes[4 * p + 3]);
  }
  return out.filter((place) => place.id !== '' && Number.isFinite(place.bounds[0]));
}
