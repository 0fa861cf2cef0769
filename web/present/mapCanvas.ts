import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapInstance } from '../map/mapInstance.ts';

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Resolves when the map has drawn everything it was asked to: React has handed deck.gl its new
 * layers (a couple of frames), then MapLibre reports idle after a repaint (or the timeout passes,
 * so an export never hangs on a map that keeps animating).
 */
export async function mapSettled(map: MapLibreMap, timeoutMs = 15_000): Promise<void> {
  await nextFrame();
  await nextFrame();
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

/**
 * A copy of the map's pixels at `pixelRatio` (device pixels per CSS pixel). The WebGL canvas is read
 * inside MapLibre's 'render' event, while its drawing buffer still holds the frame, so the map needs
 * no preserveDrawingBuffer (which costs every frame).
 */
export async function mapCanvasAt(pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; cssWidth: number; cssHeight: number }> {
  const map = mapInstance();
  if (!map) throw new Error('the map is not ready');
  const before = map.getPixelRatio();
  const changed = Math.abs(before - pixelRatio) > 1e-3;
  if (changed) {
    map.setPixelRatio(pixelRatio);
    await mapSettled(map);
  }
  try {
    const canvas = document.createElement('canvas');
    await new Promise<void>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        canvas.width = source.width;
        canvas.height = source.height;
        canvas.getContext('2d')!.drawImage(source, 0, 0);
        resolve();
      });
      map.triggerRepaint();
    });
    const container = map.getContainer();
    return { canvas, cssWidth: container.clientWidth, cssHeight: container.clientHeight };
  } finally {
    if (changed) map.setPixelRatio(before);
  }
}
