import type { Label } from './labelLayers.ts';
import { pointInRingXY, signedAreaXY } from '../../src/index.ts';
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

const KM_PER_DEG_LAT = 110.57;

/** Distance in km from (x, y) to a ring's edges, coordinates already in km. */
function distanceToRing(x: number, y: number, ring: number[][]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = ring[i];
    const [bx, by] = ring[i + 1];
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
    const ex = ax + t * dx - x, ey = ay + t * dy - y;
    best = Math.min(best, ex * ex + ey * ey);
  }
  return Math.sqrt(best);
}

/**
 * Where to write a district's name: inside its largest polygon, as far as possible from the
 * district's edges and from the boxes to keep clear (the sub-parks, whose plots and outlines
 * would cover the name), so the name sits on open land rather than under a sub-park.
 */
export function districtAnchorOf(polygons: number[][][][], avoid: readonly [number, number, number, number][] = []): [number, number] | null {
  const centroid = labelPointOfPolygons(polygons);
  if (!centroid) return null;
  let outer = polygons[0][0];
  let outerArea = -1;
  for (const polygon of polygons) {
    const a = Math.abs(signedAreaXY(polygon[0]));
    if (a > outerArea) {
      outerArea = a;
      outer = polygon[0];
    }
  }
  const kx = KM_PER_DEG_LAT * Math.cos((centroid[1] * Math.PI) / 180);
  const ring = outer.map(([lon, lat]) => [lon * kx, lat * KM_PER_DEG_LAT]);
  const boxes = avoid.map(([w, s, e, n]) => [w * kx, s * KM_PER_DEG_LAT, e * kx, n * KM_PER_DEG_LAT]);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of ring) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const cx = centroid[0] * kx, cy = centroid[1] * KM_PER_DEG_LAT;
  const scoreAt = (x: number, y: number): number => {
    if (!pointInRingXY(x, y, ring)) return -Infinity;
    let clear = distanceToRing(x, y, ring);
    for (const [w, s, e, n] of boxes) {
      const dx = Math.max(w - x, 0, x - e), dy = Math.max(s - y, 0, y - n);
      clear = Math.min(clear, Math.hypot(dx, dy));
    }
    // Open land first (3 km clear is enough); among equally open places, the one nearer the centre.
    return Math.min(clear, 3) - 0.1 * Math.hypot(x - cx, y - cy);
  };
  // A coarse grid over the district, then a finer one around the best coarse point.
  const best = { point: null as [number, number] | null, score: -Infinity };
  const search = (x0: number, y0: number, x1: number, y1: number, steps: number) => {
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const x = x0 + ((x1 - x0) * i) / steps;
        const y = y0 + ((y1 - y0) * j) / steps;
        const score = scoreAt(x, y);
        if (score > best.score) Object.assign(best, { point: [x, y], score });
      }
    }
  };
  const steps = 16;
  search(minX, minY, maxX, maxY, steps);
  if (!best.point) return centroid;
  const [bx, by] = best.point;
  const hx = (maxX - minX) / steps, hy = (maxY - minY) / steps;
  search(bx - hx, by - hy, bx + hx, by + hy, 8);
  const [x, y] = best.point;
  return [x / kx, y / KM_PER_DEG_LAT];
}

export interface DistrictLabel extends Label {
  /** Area in square degrees (for the placement priority: larger districts first). */
  area: number;
}

export function districtLabelsOf(collection: GeoJSON.FeatureCollection, language: 'zh' | 'en', avoid: readonly [number, number, number, number][] = []): DistrictLabel[] {
  const labels: DistrictLabel[] = [];
  for (const f of collection.features) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const text = String((language === 'zh' ? p.name : p.nameEn) ?? p.name ?? '');
    const g = f.geometry;
    if (!text || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const point = districtAnchorOf(polygons, avoid);
    const area = polygons.reduce((sum, polygon) => sum + Math.abs(signedAreaXY(polygon[0])), 0);
    if (point) labels.push({ text, lonLat: point, area });
  }
  return labels;
}
