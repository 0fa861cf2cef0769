import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapInstance } from '../map/mapInstance.ts';
import { syncDeckDrawingBuffer } from './deckOverlay.ts';

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * The WebGL frame's pixels, read with readPixels while the drawing buffer still holds the frame, as
 * image rows top-down. Reading the WebGL canvas through a 2D canvas (drawImage, then getImageData)
 * took 3-5× longer here (SwiftShader: 0.6-1.9 s against 0.2-0.3 s at 1640×1380), and a briefing
 * reads one such frame per page. Null when the context cannot be read that way (then drawImage).
 */
function framePixels(source: HTMLCanvasElement): ImageData | null {
  const gl = (source.getContext('webgl2') ?? source.getContext('webgl')) as WebGL2RenderingContext | WebGLRenderingContext | null;
  if (!gl) return null;
  const isWebGl2 = typeof WebGL2RenderingContext !== 'undefined' && gl instanceof WebGL2RenderingContext;
  if (isWebGl2 && gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING) !== null) return null;
  const { width, height } = source;
  const bottomUp = new Uint8Array(width * height * 4);
  // MapLibre caches GL state: leave the framebuffer binding as it was found.
  const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
  if (bound !== null) gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  try {
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, bottomUp);
  } finally {
    if (bound !== null) gl.bindFramebuffer(gl.FRAMEBUFFER, bound);
  }
  if (gl.getError() !== gl.NO_ERROR) return null;
  const image = new ImageData(width, height);
  const rowBytes = width * 4;
  for (let y = 0; y < height; y++) image.data.set(bottomUp.subarray((height - 1 - y) * rowBytes, (height - y) * rowBytes), y * rowBytes);
  return image;
}

function copyOf(source: HTMLCanvasElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  // A CPU-backed canvas: with a GPU-backed one (SwiftShader here) every later read and encode went
  // through the GPU process again and took seconds.
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const pixels = framePixels(source);
  if (pixels) context.putImageData(pixels, 0, 0);
  else context.drawImage(source, 0, 0);
  return canvas;
}

/**
 * Waits until the map has drawn everything it was asked to — React has handed deck.gl its new layers
 * (a couple of frames), then MapLibre reports idle after a repaint — and copies the frame then. The
 * WebGL canvas is read inside MapLibre's own event, while its drawing buffer still holds the frame,
 * so the map needs no preserveDrawingBuffer (which costs every frame). If the map never settles
 * within the timeout (an endless animation), the next frame is taken.
 */
async function settledFrame(map: MapLibreMap, timeoutMs: number): Promise<HTMLCanvasElement> {
  await nextFrame();
  await nextFrame();
  return new Promise<HTMLCanvasElement>((resolve) => {
    const onIdle = () => {
      clearTimeout(timer);
      resolve(copyOf(map.getCanvas()));
    };
    const timer = setTimeout(() => {
      map.off('idle', onIdle);
      map.once('render', () => resolve(copyOf(map.getCanvas())));
      map.triggerRepaint();
    }, timeoutMs);
    map.once('idle', onIdle);
    map.triggerRepaint();
  });
}

/** Resolves when the map has settled (see settledFrame), without copying anything. */
export async function mapSettled(map: MapLibreMap, timeoutMs = 15_000): Promise<void> {
  await settledFrame(map, timeoutMs);
}

/** A copy of the map's pixels, once settled, at `pixelRatio` device pixels per CSS pixel. */
export async function mapCanvasAt(pixelRatio: number, timeoutMs = 15_000): Promise<{ canvas: HTMLCanvasElement; cssWidth: number; cssHeight: number }> {
  const map = mapInstance();
  if (!map) throw new Error('the map is not ready');
  const before = map.getPixelRatio();
  const changed = Math.abs(before - pixelRatio) > 1e-3;
  if (changed) {
    map.setPixelRatio(pixelRatio);
    syncDeckDrawingBuffer(map.getCanvas());
  }
  try {
    const canvas = await settledFrame(map, timeoutMs);
    const container = map.getContainer();
    return { canvas, cssWidth: container.clientWidth, cssHeight: container.clientHeight };
  } finally {
    if (changed) {
      map.setPixelRatio(before);
      syncDeckDrawingBuffer(map.getCanvas());
    }
  }
}
