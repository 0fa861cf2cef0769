/** Maps lon/lat to canvas pixels for the import step's preview (equirectangular at the frame's latitude: a few km, no visible distortion). */
export interface PreviewFrame {
  /** Canvas x, y of a lon/lat. */
  toPixel(lon: number, lat: number): [number, number];
  /** Metres per pixel, for the scale bar. */
  metresPerPixel: number;
}

const METRES_PER_DEGREE = 111_320;

/**
 * A frame showing `bbox` [w, s, e, n] in a width × height canvas with a margin, at least
 * `minSpanM` across so that a 500 m offset (GCJ-02) is plain to see next to the sub-park outlines.
 */
export function previewFrameOf(bbox: readonly [number, number, number, number], width: number, height: number, minSpanM = 3000, marginPx = 16): PreviewFrame {
  const [w, s, e, n] = bbox;
  const lat0 = (s + n) / 2;
  const lon0 = (w + e) / 2;
  const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const ky = METRES_PER_DEGREE;
  const spanX = Math.max((e - w) * kx, minSpanM);
  const spanY = Math.max((n - s) * ky, minSpanM);
  const metresPerPixel = Math.max(spanX / Math.max(1, width - 2 * marginPx), spanY / Math.max(1, height - 2 * marginPx));
  return {
    metresPerPixel,
    toPixel: (lon, lat) => [width / 2 + ((lon - lon0) * kx) / metresPerPixel, height / 2 - ((lat - lat0) * ky) / metresPerPixel],
  };
}

/** [w, s, e, n] of flat [lon, lat, …] rings, or null when there are none. */
export function bboxOfRings(rings: readonly (readonly number[])[]): [number, number, number, number] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      if (ring[i] < w) w = ring[i];
      if (ring[i] > e) e = ring[i];
      if (ring[i + 1] < s) s = ring[i + 1];
      if (ring[i + 1] > n) n = ring[i + 1];
    }
  }
  return w <= e ? [w, s, e, n] : null;
}

/** Outer rings of GeoJSON Polygon/MultiPolygon features as flat [lon, lat, …] arrays (districts, sub-parks). */
export function ringsOfFeatures(features: readonly GeoJSON.Feature[]): number[][] {
  const rings: number[][] = [];
  for (const f of features) {
    const g = f.geometry;
    const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
    for (const polygon of polygons) for (const ring of polygon) rings.push(ring.flatMap((p) => [p[0], p[1]]));
  }
  return rings;
}

/** A scale bar length that reads well (1, 2 or 5 × 10^n metres) and is at most `maxPx` long. */
export function scaleBarMetresOf(metresPerPixel: number, maxPx = 100): number {
  const max = metresPerPixel * maxPx;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const k of [5, 2, 1]) if (k * power <= max) return k * power;
  return power;
}
