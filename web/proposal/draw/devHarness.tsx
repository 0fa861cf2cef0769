import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Feature, Polygon } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { plotEdgeIndex, plotIndexesInPolygon } from '../../../src/index.ts';
import { mapInstance } from '../../map/mapInstance.ts';
import { useDataStore } from '../../stores/dataStore.ts';
import { MapToolBar } from './MapToolBar.tsx';
import { mountMapTools, type MapToolMode } from './mountMapTools.ts';
import type { DrawRefusal } from './refusalMessage.ts';

export type DevMapToolEvent =
  | { type: 'drawn'; feature: Feature<Polygon> }
  | { type: 'refused'; reason: DrawRefusal }
  | { type: 'area'; mode: 'box' | 'lasso'; ring: [number, number][]; rows: number[] };

export interface DevMapTools {
  events: DevMapToolEvent[];
  /** Time to build the plot edge index on this page's plots, ms. */
  indexBuildMs: number;
  setMode(m: MapToolMode): void;
  destroy(): void;
}

const DRAWN_SOURCE = 'dev-map-tools-drawn';

/**
 * A stand-in for the proposal mode, compiled only into test-hook builds (VITE_PARKTWIN_TEST_HOOKS=1):
 * mounts the map tools on the loaded plots with the toolbar over the map, draws accepted land in a
 * plain MapLibre layer, shows refusals, and records every callback for the browser test.
 */
export function mountDevMapTools(): DevMapTools {
  const map = mapInstance();
  const plots = useDataStore.getState().plots;
  if (!map || !plots) throw new Error('map tools: the map and the plots must be loaded first');
  const t0 = performance.now();
  const index = plotEdgeIndex(plots.geometry);
  const indexBuildMs = performance.now() - t0;
  const events: DevMapToolEvent[] = [];
  const drawn: Feature<Polygon>[] = [];

  map.addSource(DRAWN_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({ id: `${DRAWN_SOURCE}-fill`, type: 'fill', source: DRAWN_SOURCE, paint: { 'fill-color': '#16a34a', 'fill-opacity': 0.35 } });
  map.addLayer({ id: `${DRAWN_SOURCE}-line`, type: 'line', source: DRAWN_SOURCE, paint: { 'line-color': '#15803d', 'line-width': 2 } });

  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;top:12px;left:50%;transform:translateX(-50%);z-index:20';
  const notice = document.createElement('div');
  notice.className = 'map-tool-notice';
  notice.dataset.testid = 'map-tool-notice';
  notice.hidden = true;
  map.getContainer().append(host, notice);

  let setModeFromOutside: (m: MapToolMode) => void = () => {};
  const tools = mountMapTools(map, {
    plotEdges: index,
    drawnLand: () => drawn.map((f) => f.geometry),
    onDrawnFeature(feature) {
      events.push({ type: 'drawn', feature });
      drawn.push(feature);
      (map.getSource(DRAWN_SOURCE) as GeoJSONSource).setData({ type: 'FeatureCollection', features: drawn });
      notice.hidden = true;
    },
    onDrawRefused(reason) {
      events.push({ type: 'refused', reason });
      notice.textContent = reason.message;
      notice.hidden = false;
    },
    onAreaSelected(ring, mode) {
      events.push({ type: 'area', mode, ring, rows: Array.from(plotIndexesInPolygon(index, ring)) });
    },
  });

  function Bar() {
    const [mode, setMode] = useState<MapToolMode>('off');
    setModeFromOutside = (m) => {
      notice.hidden = true;
      setMode(m);
      tools.setMode(m);
    };
    return <MapToolBar mode={mode} onModeChange={setModeFromOutside} />;
  }
  const root = createRoot(host);
  root.render(<Bar />);

  return {
    events,
    indexBuildMs,
    setMode: (m) => setModeFromOutside(m),
    destroy() {
      tools.destroy();
      root.unmount();
      host.remove();
      notice.remove();
      map.removeLayer(`${DRAWN_SOURCE}-line`);
      map.removeLayer(`${DRAWN_SOURCE}-fill`);
      map.removeSource(DRAWN_SOURCE);
    },
  };
}
