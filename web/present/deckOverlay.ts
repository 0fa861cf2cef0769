import type { MapboxOverlay } from '@deck.gl/mapbox';

/** The map's deck.gl overlay, for exports that change the pixel ratio (see mapCanvas.ts). */
let current: MapboxOverlay | null = null;

export function setDeckOverlay(overlay: MapboxOverlay | null): void {
  current = overlay;
}

interface DrawingBuffer {
  setDrawingBufferSize(width: number, height: number): void;
}

/**
 * Tells deck.gl the drawing buffer's size after MapLibre's setPixelRatio changed it. In interleaved
 * mode MapLibre owns the canvas and deck.gl keeps the size it last saw (its resize observer follows
 * the CSS size, which did not change): a 2× export drew the plots into a quarter of the image. The
 * overlay's Deck and its canvas context are not public API, hence the cast.
 */
export function syncDeckDrawingBuffer(canvas: HTMLCanvasElement): void {
  const deck = (current as unknown as { _deck?: { device?: { canvasContext?: DrawingBuffer | null } | null } } | null)?._deck;
  deck?.device?.canvasContext?.setDrawingBufferSize(canvas.width, canvas.height);
}
