import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import { useDataStore } from '../stores/dataStore.ts';
import { useHighlightStore } from './storyStore.ts';
import { highlightLayers, subparkRings } from './highlightLayer.ts';
import { drawnLandOf, proposalLayers } from '../proposal/proposalLayers.ts';

/** Layers of presentation mode and exports, drawn above the viewer's own: the slide's sub-park outline, then its proposal. */
export function usePresentLayers(): Layer[] {
  const plots = useDataStore((s) => s.plots);
  const subparks = useDataStore((s) => s.subparks);
  const subparkId = useHighlightStore((s) => s.subparkId);
  const slideProposal = useHighlightStore((s) => s.proposal);
  const outline = useMemo(() => {
    if (!subparks || !subparkId) return [];
    const rings = subparkRings(subparks.geojson, subparkId);
    return rings.length ? highlightLayers(rings) : [];
  }, [subparks, subparkId]);
  const proposal = useMemo(() => {
    const evaluation = slideProposal?.evaluation ?? null;
    if (!plots || !slideProposal || !evaluation) return [];
    // Own ids: proposal mode may draw its own proposal at the same time.
    return proposalLayers(plots.geometry, evaluation.marks, evaluation.markedRows, drawnLandOf(slideProposal.proposal)).map((layer) => layer.clone({ id: `slide-${layer.id}` }));
  }, [plots, slideProposal]);
  return useMemo(() => [...outline, ...proposal], [outline, proposal]);
}
