import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../stores/dataStore.ts';
import { fetchDistrictLabels } from '../layers/districtLabels.ts';
import { BASEMAP_COLORS } from '../map/basemapStyle.ts';
import type { PlotGeometry } from '../worker/plotGeometry.ts';
import { bboxOfRings, previewFrameOf, ringsOfFeatures, scaleBarMetresOf, type PreviewFrame } from './previewFrame.ts';

const WIDTH = 420;
const HEIGHT = 300;

let districtRings: Promise<number[][]> | null = null;
/** The district outlines, fetched once from our own origin (the basemap's file). */
function districtRingsOnce(): Promise<number[][]> {
  districtRings ??= fetchDistrictLabels().then((c) => (c ? ringsOfFeatures(c.features) : []));
  return districtRings;
}

function strokeRing(ctx: CanvasRenderingContext2D, frame: PreviewFrame, ring: ArrayLike<number>, start = 0, end = ring.length, dx = 0, dy = 0): void {
  ctx.beginPath();
  for (let i = start; i + 1 < end; i += 2) {
    const [x, y] = frame.toPixel(ring[i] + dx, ring[i + 1] + dy);
    if (i === start) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
}

/** The outlines of the plots shown now (grey), so a file of the same plots read with the wrong system shows its offset. */
function drawShownPlots(ctx: CanvasRenderingContext2D, frame: PreviewFrame, g: PlotGeometry): void {
  const [ox, oy] = g.originLonLat;
  ctx.strokeStyle = 'rgba(90, 90, 90, 0.45)';
  ctx.lineWidth = 0.8;
  const rings = g.ringStarts.length - 1;
  // Every ring up to a budget: the preview stays quick for 100k shown plots.
  const step = Math.max(1, Math.ceil(rings / 5000));
  for (let r = 0; r < rings; r += step) {
    strokeRing(ctx, frame, g.positions, 2 * g.ringStarts[r], 2 * g.ringStarts[r + 1], ox, oy);
    ctx.stroke();
  }
}

/**
 * The plots about to be imported (a sample of outlines, converted with the chosen coordinate
 * system) drawn in orange over the district lines, the sub-park outlines and the plots shown now,
 * so that an offset (GCJ-02 read as WGS84: about 500 m) is visible before the commit.
 */
export function OutlinePreview({ rings }: { rings: number[][] }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const subparks = useDataStore((s) => s.subparks);
  const shown = useDataStore((s) => s.plots?.geometry ?? null);
  const [districts, setDistricts] = useState<number[][]>([]);
  const [scaleM, setScaleM] = useState(0);

  useEffect(() => {
    let live = true;
    void districtRingsOnce().then((r) => live && setDistricts(r));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    const bbox = bboxOfRings(rings);
    if (!ctx) return;
    ctx.fillStyle = BASEMAP_COLORS.land;
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    if (!bbox) return;
    const frame = previewFrameOf(bbox, WIDTH, HEIGHT);
    ctx.setLineDash([4, 3]);
    ctx.strokeStyle = BASEMAP_COLORS.districtLine;
    ctx.lineWidth = 1;
    for (const ring of districts) {
      strokeRing(ctx, frame, ring);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    if (shown) drawShownPlots(ctx, frame, shown);
    ctx.strokeStyle = '#1f4e79';
    ctx.lineWidth = 1.6;
    for (const ring of ringsOfFeatures(subparks?.geojson.features ?? [])) {
      strokeRing(ctx, frame, ring);
      ctx.stroke();
    }
    ctx.strokeStyle = '#d9480f';
    ctx.fillStyle = 'rgba(217, 72, 15, 0.25)';
    ctx.lineWidth = 1.2;
    for (const ring of rings) {
      strokeRing(ctx, frame, ring);
      ctx.fill();
      ctx.stroke();
    }
    const metres = scaleBarMetresOf(frame.metresPerPixel);
    const px = metres / frame.metresPerPixel;
    ctx.strokeStyle = '#333';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(12, HEIGHT - 12);
    ctx.lineTo(12 + px, HEIGHT - 12);
    ctx.stroke();
    setScaleM(metres);
  }, [rings, districts, subparks, shown]);

  return (
    <figure className="import-preview">
      <canvas ref={canvas} width={WIDTH} height={HEIGHT} data-testid="import-preview" />
      <figcaption className="muted">
        {rings.length === 0 ? t('importStep.previewNone') : t('importStep.previewLegend', { scale: scaleM >= 1000 ? `${scaleM / 1000} km` : `${scaleM} m` })}
      </figcaption>
    </figure>
  );
}
