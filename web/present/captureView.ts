import { useViewStore } from '../stores/viewStore.ts';
import { useFilterStore } from '../stores/filterStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { mapInstance } from '../map/mapInstance.ts';
import { useHighlightStore } from './storyStore.ts';
import { newSlideId } from './storyUpdaters.ts';
import type { Slide } from './storyTypes.ts';
import { currentProposal, useProposalStore } from '../proposal/proposalStore.ts';

/**
 * The current view as a slide: camera, theme, filters, 3D, the highlighted sub-park (or the one
 * filtered alone), and the proposal open in proposal mode (a copy: later edits do not change the slide).
 */
export function slideOfCurrentView(existing: readonly Slide[], fallbackTitle: string): Slide | null {
  const map = mapInstance();
  if (!map) return null;
  const view = useViewStore.getState();
  const f = useFilterStore.getState();
  const proposalUi = useProposalStore.getState();
  const proposal = proposalUi.open ? currentProposal(proposalUi) : null;
  const subparkId = proposal?.subparkId ?? useHighlightStore.getState().subparkId ?? (f.subparks.length === 1 ? f.subparks[0] : null);
  const info = subparkId ? useDataStore.getState().subparks?.byId.get(subparkId) : undefined;
  const language = useUiStore.getState().language;
  const c = map.getCenter();
  return {
    id: newSlideId(existing),
    title: proposal?.title || (info ? (language === 'zh' ? info.name : info.nameEn) : fallbackTitle),
    caption: '',
    camera: { center: [c.lng, c.lat], zoom: map.getZoom(), pitch: map.getPitch(), bearing: map.getBearing() },
    theme: view.theme,
    filters: { subparks: [...f.subparks], categories: [...f.categories], flags: [...f.flags], statuses: [...f.statuses], ranges: f.ranges.map((r) => ({ ...r })) },
    extruded: view.extrusion !== 'none',
    subparkId,
    proposal: proposal ? structuredClone(proposal) : null,
  };
}
