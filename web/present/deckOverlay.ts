import type { MapboxOverlay } from '@deck.gl/mapbox';

/** The map's deck.gl overlay, for exports that change the pixel ratio (see mapCanvas.ts). */
let current: MapboxOverlay | null = null;

export function setDeckOverlay(overlay: MapboxOverlay | null): void {
  current = overlay;
}

/**
 * Tells deck.gl the drawing buffer's pixel ratio after MapLibre's setPixelRatio. In interleaved mode
 * MapboxOverlay drops `useDevicePixels` (MapLibre owns the canvas), and deck.gl keeps the ratio it
 * started with: a 2× export drew the plots into a quarter of the image. The overlay's Deck is
 * private, hence the cast; `true` goes back to the window's ratio.
 */
export function setDeckPixelRatio(ratio: number | true): void {
  const deck = (current as unknown as { _deck?: { setProps(props: { useDevicePixels: number | boolean }): void } } | null)?._deck;
  deck?.setProps({ useDevicePixels: ratio });
}
