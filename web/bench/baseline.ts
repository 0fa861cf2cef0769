/**
 * Benchmark baseline (scripts/bench/viewer.ts): the same plots file drawn the plain way, a MapLibre
 * GeoJSON source with a fill and a line layer, over the same offline basemap. Records when MapLibre
 * is first idle with the source loaded in `window.__baseline`.
 */
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { offlineBasemapStyle, landUrlOf } from '../map/basemapStyle.ts';
import { appConfigOfSearch } from '../config/appConfig.ts';
import { ZONE_BOUNDS } from '../map/zoneBounds.ts';

const config = appConfigOfSearch(location.search);
const state = { firstFullFrameMs: null as number | null, error: null as string | null };
(globalThis as unknown as { __baseline: typeof state }).__baseline = state;

const style = offlineBasemapStyle(config.districtsUrl, landUrlOf(config.districtsUrl));
style.sources.plots = { type: 'geojson', data: new URL(config.plotsUrl, location.href).href };
style.layers.push(
  { id: 'plots-fill', type: 'fill', source: 'plots', paint: { 'fill-color': '#bb9674', 'fill-opacity': 0.9 } },
  { id: 'plots-line', type: 'line', source: 'plots', paint: { 'line-color': '#555', 'line-width': 0.3 } },
);
const map = new maplibregl.Map({ container: 'map', style, bounds: ZONE_BOUNDS, attributionControl: false, fadeDuration: 0 });
map.on('error', (e) => (state.error = String(e.error?.message ?? e)));
map.on('idle', () => {
  if (state.firstFullFrameMs === null && map.getSource('plots') && map.isSourceLoaded('plots')) state.firstFullFrameMs = performance.now();
});
