import { useMemo } from 'react';
import { useDataStore } from '../stores/dataStore.ts';
import { useHighlightStore } from './storyStore.ts';
import { highlightLayers, subparkRings } from './highlightLayer.ts';

/** Layers of presentation mode and exports, drawn above the viewer's own. */
export function usePresentLayers() {
  const subparks = useDataStore((s) => s.subparks);
  const subparkId = useHighlightStore((s) => s.subparkId);
  return useMemo(() => {
    if (!subparks || !subparkId) return [];
    const rings = subparkRings(subparks.geojson, subparkId);
    return rings.length ? highlightLayers(rings) : [];
  }, [subparks, subparkId]);
}
