import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

export const BASEMAP_COLORS = {
  water: '#d7e6f2',
  land: '#f5f4f0',
  districtLine: '#a9a39a',
};

/**
 * The default offline basemap: a water-coloured background, Shanghai's land and its districts from
 * local GeoJSON. No glyphs or sprites are needed because the style has no symbol layers (labels are
 * drawn by deck.gl), so nothing is requested from outside the origin.
 */
export function offlineBasemapStyle(districtsUrl: string, landUrl: string): StyleSpecification {
  // MapLibre fetches GeoJSON in its own (blob) worker, where a path has no base: make it absolute.
  const absolute = (url: string) => new URL(url, location.href).href;
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: absolute(landUrl) },
      districts: { type: 'geojson', data: absolute(districtsUrl) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': BASEMAP_COLORS.land } },
      {
        id: 'district-line',
        type: 'line',
        source: 'districts',
        paint: { 'line-color': BASEMAP_COLORS.districtLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 13, 1.6], 'line-dasharray': [3, 2] },
      },
    ],
  };
}

/** The land outline ships next to the districts file. */
export function landUrlOf(districtsUrl: string): string {
  return districtsUrl.replace(/shanghai-districts\.geojson$/, 'shanghai-land.geojson');
}

export const SUBPARK_SOURCE = 'subparks';
export const SUBPARK_FILL_LAYER = 'subpark-fill';
export const SUBPARK_LINE_LAYER = 'subpark-line';

/** Sub-park boundaries on top of any basemap: a faint tint and a strong outline. */
export function addSubparkLayers(map: MapLibreMap, geojson: GeoJSON.FeatureCollection): void {
  if (map.getSource(SUBPARK_SOURCE)) {
    (map.getSource(SUBPARK_SOURCE) as GeoJSONSource).setData(geojson);
    return;
  }
  map.addSource(SUBPARK_SOURCE, { type: 'geojson', data: geojson });
  map.addLayer({ id: SUBPARK_FILL_LAYER, type: 'fill', source: SUBPARK_SOURCE, paint: { 'fill-color': '#1f4e79', 'fill-opacity': 0.05 } });
  map.addLayer({
    id: SUBPARK_LINE_LAYER,
    type: 'line',
    source: SUBPARK_SOURCE,
    paint: { 'line-color': '#1f4e79', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.2, 14, 2.5], 'line-opacity': 0.85 },
  });
}
