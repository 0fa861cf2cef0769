/** Draws lon/lat polygons into an SVG string for a view window (equirectangular at the view's latitude). */
import type { Geometry, Position } from 'geojson';

export interface View {
  name: string;
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  widthPx: number;
}

export interface Layer {
  geometries: { geometry: Geometry; fill: string; stroke?: string; strokeWidthPx?: number; fillOpacity?: number }[];
}

export function viewHeightPx(view: View): number {
  const [w, s, e, n] = view.bbox;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  return Math.round((view.widthPx * (n - s)) / ((e - w) * k));
}

/** `crisp`: no anti-aliasing (flat colours compress far better: the README preview). */
export function svgMap(view: View, layers: Layer[], title: string, background = '#dfe9f2', crisp = false): string {
  const [w, s, e, n] = view.bbox;
  const height = viewHeightPx(view);
  const sx = view.widthPx / (e - w);
  const sy = height / (n - s);
  const px = (p: Position): string => `${((p[0] - w) * sx).toFixed(1)},${((n - p[1]) * sy).toFixed(1)}`;
  const inView = (ring: Position[]): boolean => {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const p of ring) {
      minX = Math.min(minX, p[0]);
      maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    return maxX >= w && minX <= e && maxY >= s && minY <= n;
  };
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.widthPx}" height="${height}" viewBox="0 0 ${view.widthPx} ${height}"${crisp ? ' shape-rendering="crispEdges"' : ''}>`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
  ];
  for (const layer of layers) {
    for (const g of layer.geometries) {
      const polygons = g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.type === 'MultiPolygon' ? g.geometry.coordinates : [];
      const d = polygons
        .filter((rings) => inView(rings[0]))
        .map((rings) => rings.map((ring) => `M${ring.map(px).join('L')}Z`).join(''))
        .join('');
      if (!d) continue;
      const stroke = g.stroke ? ` stroke="${g.stroke}" stroke-width="${g.strokeWidthPx ?? 0.5}"` : '';
      const opacity = g.fillOpacity !== undefined ? ` fill-opacity="${g.fillOpacity}"` : '';
      parts.push(`<path d="${d}" fill="${g.fill}"${opacity}${stroke} fill-rule="evenodd"/>`);
    }
  }
  parts.push(
    `<text x="12" y="28" font-family="Noto Sans CJK SC, sans-serif" font-size="20" fill="#222">${title}</text>`,
    scaleBar(view, height),
    '</svg>',
  );
  return parts.join('\n');
}

function scaleBar(view: View, height: number): string {
  const [w, s, e, n] = view.bbox;
  const metresAcross = (e - w) * 111_320 * Math.cos((((s + n) / 2) * Math.PI) / 180);
  const target = metresAcross / 5;
  const nice = [50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000].reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
  const px = (nice / metresAcross) * view.widthPx;
  const label = nice >= 1000 ? `${nice / 1000} km` : `${nice} m`;
  const y = height - 20;
  return `<g><rect x="10" y="${y - 8}" width="${px.toFixed(1)}" height="6" fill="#222"/><text x="${(14 + px).toFixed(1)}" y="${y}" font-family="sans-serif" font-size="14" fill="#222">${label}</text></g>`;
}
