import type { LegendEntry } from '../panels/legendEntries.ts';
import { CJK_FONT_FAMILY } from '../layers/labelLayers.ts';

export interface MapDecorations {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendEntry[];
  /** e.g. 数据来源：plots.geojson（示例数据，非官方） */
  source: string;
  /** e.g. 数据截至 2026-06-30 */
  asOf: string;
  northLabel: string;
  bearingDegrees: number;
  /** Metres per CSS pixel at the centre of the view, for the scale bar. */
  metresPerPixel: number;
}

const NICE_METRES = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000];

/** The longest round distance that fits in `maxPixels`, with its length in pixels. */
export function scaleBarOf(metresPerPixel: number, maxPixels = 140): { metres: number; pixels: number; label: string } {
  const fits = NICE_METRES.filter((m) => m / metresPerPixel <= maxPixels);
  const metres = fits.length ? fits[fits.length - 1] : NICE_METRES[0];
  return { metres, pixels: metres / metresPerPixel, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}

/** Metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel tiles). */
export function metresPerPixelAt(latDegrees: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latDegrees * Math.PI) / 180)) / (512 * 2 ** zoom);
}

function font(sizePixels: number, weight = 400): string {
  return `${weight} ${sizePixels}px ${CJK_FONT_FAMILY}`;
}

function panel(g: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, s: number): void {
  // A hairline instead of a drop shadow: blurring on a CPU canvas cost more than the whole map copy.
  g.save();
  g.fillStyle = 'rgba(255,255,255,0.93)';
  g.strokeStyle = 'rgba(0,0,0,0.22)';
  g.lineWidth = Math.max(1, s);
  g.beginPath();
  g.roundRect(x, y, w, h, 6 * s);
  g.fill();
  g.stroke();
  g.restore();
}

/**
 * Draws title, legend, scale bar, north arrow, data source and as-of date over a map image whose CSS
 * size is `cssWidth` (every measure is in CSS pixels times the image's pixel ratio), so the exported
 * picture stands on its own on a slide or a page.
 */
export function drawMapDecorations(canvas: HTMLCanvasElement, cssWidth: number, d: MapDecorations): void {
  const g = canvas.getContext('2d', { willReadFrequently: true })!;
  const s = canvas.width / cssWidth;
  const W = canvas.width;
  const H = canvas.height;
  const pad = 14 * s;
  g.textBaseline = 'alphabetic';

  // Title (top left).
  g.font = font(22 * s, 700);
  const titleWidth = g.measureText(d.title).width;
  g.font = font(13 * s);
  const subWidth = d.subtitle ? g.measureText(d.subtitle).width : 0;
  const boxW = Math.max(titleWidth, subWidth) + 2 * pad;
  const boxH = (d.subtitle ? 58 : 40) * s;
  panel(g, pad, pad, boxW, boxH, s);
  g.fillStyle = '#14304f';
  g.font = font(22 * s, 700);
  g.fillText(d.title, 2 * pad, pad + 29 * s);
  if (d.subtitle) {
    g.fillStyle = '#4b5563';
    g.font = font(13 * s);
    g.fillText(d.subtitle, 2 * pad, pad + 49 * s);
  }

  // Footer: source and as-of date (bottom, full width).
  const footH = 24 * s;
  g.fillStyle = 'rgba(255,255,255,0.9)';
  g.fillRect(0, H - footH, W, footH);
  g.fillStyle = '#374151';
  g.font = font(12 * s);
  g.fillText(`${d.source}    ${d.asOf}`, pad, H - 8 * s);
  g.textAlign = 'right';
  g.fillText('ParkTwin 园区孪生', W - pad, H - 8 * s);
  g.textAlign = 'left';

  // Legend (bottom left, above the footer).
  const rowH = 18 * s;
  g.font = font(12 * s);
  const legendW = Math.max(...d.legend.map((e) => g.measureText(e.label).width), g.measureText(d.legendTitle).width) + 48 * s;
  const legendH = 30 * s + d.legend.length * rowH;
  const lx = pad;
  const ly = H - footH - pad - legendH;
  panel(g, lx, ly, legendW, legendH, s);
  g.fillStyle = '#111827';
  g.font = font(13 * s, 700);
  g.fillText(d.legendTitle, lx + 10 * s, ly + 20 * s);
  g.font = font(12 * s);
  d.legend.forEach((e, i) => {
    const y = ly + 30 * s + i * rowH;
    if (e.outline) {
      g.strokeStyle = e.color;
      g.lineWidth = 2 * s;
      g.strokeRect(lx + 11 * s, y + 3 * s, 16 * s, 11 * s);
    } else {
      g.fillStyle = e.color;
      g.fillRect(lx + 10 * s, y + 2 * s, 18 * s, 13 * s);
    }
    g.fillStyle = '#1f2937';
    g.fillText(e.label, lx + 36 * s, y + 13 * s);
  });

  // Scale bar (bottom right, above the footer).
  const bar = scaleBarOf(d.metresPerPixel);
  const bw = bar.pixels * s;
  const bx = W - pad - bw - 10 * s;
  const by = H - footH - pad - 30 * s;
  panel(g, bx - 10 * s, by, bw + 20 * s, 30 * s, s);
  g.strokeStyle = '#111827';
  g.lineWidth = 2 * s;
  g.beginPath();
  g.moveTo(bx, by + 10 * s);
  g.lineTo(bx, by + 20 * s);
  g.lineTo(bx + bw, by + 20 * s);
  g.lineTo(bx + bw, by + 10 * s);
  g.stroke();
  g.fillStyle = '#111827';
  g.font = font(12 * s);
  g.textAlign = 'center';
  g.fillText(bar.label, bx + bw / 2, by + 16 * s);

  // North arrow (top right), turned with the map.
  const cx = W - pad - 22 * s;
  const cy = pad + 34 * s;
  panel(g, cx - 20 * s, pad, 40 * s, 62 * s, s);
  g.fillStyle = '#111827';
  g.font = font(12 * s, 700);
  g.fillText(d.northLabel, cx, pad + 15 * s);
  g.save();
  g.translate(cx, cy + 6 * s);
  g.rotate((-d.bearingDegrees * Math.PI) / 180);
  g.beginPath();
  g.moveTo(0, -16 * s);
  g.lineTo(8 * s, 14 * s);
  g.lineTo(0, 8 * s);
  g.closePath();
  g.fillStyle = '#1f2937';
  g.fill();
  g.beginPath();
  g.moveTo(0, -16 * s);
  g.lineTo(-8 * s, 14 * s);
  g.lineTo(0, 8 * s);
  g.closePath();
  g.fillStyle = '#9ca3af';
  g.fill();
  g.restore();
  g.textAlign = 'left';
}
