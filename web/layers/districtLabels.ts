import type { Label } from './labelLayers.ts';
import { DEFAULT_CONFIG } from '../config/appConfig.ts';

let districtsUrl = DEFAULT_CONFIG.districtsUrl;
export function setDistrictsUrl(url: string): void {
  districtsUrl = url;
}

export async function fetchDistrictLabels(): Promise<GeoJSON.FeatureCollection | null> {
  try {
    const response = await fetch(districtsUrl);
    return response.ok ? ((await response.json()) as GeoJSON.FeatureCollection) : null;
  } catch {
    return null;
  }
}

/** Area-weighted centroid of the largest outer ring: good enough to place a district name. */
function labelPointOfPolygons(polygons: number[][][][]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestArea = 0;
  for (const polygon of polygons) {
    const ring = polygon[0];
    let a = 0, cx = 0, cy = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[i + 1];
      const f = x0 * y1 - x1 * y0;
      a += f;
      cx += (x0 + x1) * f;
      cy += (y0 + y1) * f;
    }
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = [cx / (3 * a), cy / (3 * a)];
    }
  }
  return best;
}

export function districtLabelsOf(collection: GeoJSON.FeatureCollection, language: 'zh' | 'en'): Label[] {
  const labels: Label[] = [];
  for (const f of collection.features) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const text = String((language === 'zh' ? p.name : p.nameEn) ?? p.name ?? '');
    const g = f.geometry;
    if (!text || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const point = labelPointOfPolygons(g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
    if (point) labels.push({ text, lonLat: point });
  }
  return labels;
}
