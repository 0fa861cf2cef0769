import type { Map as MapLibreMap } from 'maplibre-gl';

/** The page's one map, for camera moves from panels (fly to a sub-park, zoom to a plot). */
let current: MapLibreMap | null = null;

export function setMapInstance(map: MapLibreMap | null): void {
  current = map;
}

export function mapInstance(): MapLibreMap | null {
  return current;
}

export function flyToBounds(bounds: [number, number, number, number], maxZoom = 16): void {
  current?.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]], { padding: 80, maxZoom, duration: 900 });
}

export function setPitch(pitchDegrees: number, animate = true): void {
  if (animate) current?.easeTo({ pitch: pitchDegrees, duration: 500 });
  else current?.jumpTo({ pitch: pitchDegrees });
}
