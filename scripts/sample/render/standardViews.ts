/** The views render.ts draws: the zone, each sub-park's extent, and a few 1-km close-ups. */
import type { Feature, MultiPolygon } from 'geojson';
import type { View } from './svgMap.ts';

export interface NamedView extends View {
  title: string;
}

/** 1 km × 1 km around a point (lon/lat). */
function closeUp(name: string, title: string, lon: number, lat: number): NamedView {
  const dLat = 500 / 111_320;
  const dLon = 500 / (111_320 * Math.cos((lat * Math.PI) / 180));
  return { name, title, bbox: [lon - dLon, lat - dLat, lon + dLon, lat + dLat], widthPx: 1000 };
}

export function standardViews(subparks: Feature<MultiPolygon, { id: string; name: string; nameEn: string }>[]): NamedView[] {
  const views: NamedView[] = [{ name: 'zone', title: '张江高新区 + 紫竹 — sample (示例数据，非官方)', bbox: [120.85, 30.68, 122.0, 31.75], widthPx: 1600 }];
  for (const f of subparks) {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of f.geometry.coordinates) {
      for (const [lon, lat] of rings[0]) {
        w = Math.min(w, lon);
        s = Math.min(s, lat);
        e = Math.max(e, lon);
        n = Math.max(n, lat);
      }
    }
    const padLon = (e - w) * 0.05 + 0.002;
    const padLat = (n - s) * 0.05 + 0.002;
    views.push({ name: f.properties.id, title: `${f.properties.name} ${f.properties.nameEn}`, bbox: [w - padLon, s - padLat, e + padLon, n + padLat], widthPx: 1400 });
  }
  views.push(
    closeUp('close-zhangjiang', '张江 1 km', 121.6, 31.2),
    closeUp('close-lujiazui', '陆家嘴 1 km', 121.505, 31.237),
    closeUp('close-minhang', '闵行 莘庄 1 km', 121.33, 31.105),
    closeUp('close-lingang', '临港 1 km', 121.83, 30.918),
  );
  return views;
}
