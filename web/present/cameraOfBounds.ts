import type { SlideCamera } from './storyTypes.ts';

const TILE_PIXELS = 512;

function mercatorY(latDegrees: number): number {
  const sin = Math.sin((latDegrees * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/**
 * The camera that fits [west, south, east, north] into a view of `widthPixels` × `heightPixels`
 * with `paddingPixels` on every side (MapLibre's 512-pixel world), without needing a map: the
 * default story is built before the map exists and in tests.
 */
export function cameraOfBounds(bounds: [number, number, number, number], widthPixels: number, heightPixels: number, paddingPixels = 60, maxZoom = 17): SlideCamera {
  const [west, south, east, north] = bounds;
  const x0 = (west + 180) / 360;
  const x1 = (east + 180) / 360;
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const w = Math.max(1, widthPixels - 2 * paddingPixels);
  const h = Math.max(1, heightPixels - 2 * paddingPixels);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const zoom = Math.min(maxZoom, Math.log2(Math.min(w / (spanX * TILE_PIXELS), h / (spanY * TILE_PIXELS))));
  const yc = (y0 + y1) / 2;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * yc))) * 180) / Math.PI;
  return { center: [(west + east) / 2, lat], zoom: Math.max(0, zoom), pitch: 0, bearing: 0 };
}
