/** The views render.ts draws: the zone, each sub-park's extent, and a few 1-km close-ups. */
import type { Feature, Geometry, MultiPolygon } from 'geojson';
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

/** Close-ups: 1 km around the plot nearest to these points (first pieces' centres). */
const CLOSE_UPS: readonly { name: string; title: string; subparkId: string; lon: number; lat: number }[] = [
  { name: 'close-zhangjiang', title: '张江核心园 1 km', subparkId: 'zhangjiang', lon: 121.6, lat: 31.197 },
  { name: 'close-lujiazui', title: '陆家嘴园 1 km', subparkId: 'lujiazui', lon: 121.505, lat: 31.237 },
  { name: 'close-minhang', title: '闵行园 莘庄 1 km', subparkId: 'minhang', lon: 121.33, lat: 31.103 },
  { name: 'close-lingang', title: '临港园 1 km', subparkId: 'lingang', lon: 121.83, lat: 30.918 },
  { name: 'close-huangpu', title: '黄浦园 1 km', subparkId: 'huangpu', lon: 121.486, lat: 31.236 },
];

type PlotLike = Feature<Geometry, { subparkId: string }>;

function nearestPlotCentre(plots: readonly PlotLike[], subparkId: string, lon: number, lat: number): [number, number] {
  let best: [number, number] = [lon, lat];
  let bestD = Infinity;
  for (const f of plots) {
    if (f.properties.subparkId !== subparkId || f.geometry.type !== 'Polygon') continue;
    const [x, y] = f.geometry.coordinates[0][0];
    const d = (x - lon) ** 2 + (y - lat) ** 2;
    if (d < bestD) {
      bestD = d;
      best = [x, y];
    }
  }
  return best;
}

export function standardViews(subparks: Feature<MultiPolygon, { id: string; name: string; nameEn: string }>[], plots: readonly PlotLike[]): NamedView[] {
  const views: NamedView[] = [
    { name: 'zone', title: '张江高新区 + 紫竹 — sample (示例数据，非官方)', bbox: [120.85, 30.68, 122.0, 31.75], widthPx: 1600 },
    // The small picture in data/sample/README.md.
    { name: 'preview', title: '示例数据，非官方 — 张江 / 金桥 / 陆家嘴', bbox: [121.49, 31.125, 121.69, 31.305], widthPx: 760 },
  ];
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
  for (const c of CLOSE_UPS) views.push(closeUp(c.name, c.title, ...nearestPlotCentre(plots, c.subparkId, c.lon, c.lat)));
  return views;
}
