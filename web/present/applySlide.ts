import { useViewStore } from '../stores/viewStore.ts';
import { useFilterStore } from '../stores/filterStore.ts';
import { useUiStore, selectRow } from '../stores/uiStore.ts';
import { mapInstance } from '../map/mapInstance.ts';
import { useHighlightStore } from './storyStore.ts';
import type { Slide } from './storyTypes.ts';
import { showSlideProposal } from './slideProposal.ts';

const FLY_MS = 1800;

/**
 * Shows a slide: theme, filters, 3D and highlight into the stores, then the camera (a smooth flight,
 * or a jump for exports). Resolves when the slide's proposal, if any, has been evaluated (exports wait
 * for it; the live presentation draws it when it arrives).
 */
export function applySlide(slide: Slide, animate: boolean): Promise<void> {
  useViewStore.setState((s) => ({ ...s, theme: slide.theme, extrusion: slide.extruded ? (s.extrusion === 'none' ? 'height' : s.extrusion) : 'none' }));
  useFilterStore.setState({ ...slide.filters, ranges: slide.filters.ranges.map((r) => ({ ...r })) });
  useHighlightStore.setState({ subparkId: slide.subparkId });
  useUiStore.setState((s) => selectRow(s, -1));
  const proposalShown = showSlideProposal(slide.proposal);
  const map = mapInstance();
  if (!map) return proposalShown;
  const camera = { center: slide.camera.center, zoom: slide.camera.zoom, pitch: slide.camera.pitch, bearing: slide.camera.bearing };
  if (animate) map.flyTo({ ...camera, duration: FLY_MS, essential: true });
  else map.jumpTo(camera);
  return proposalShown;
}
