import { create } from 'zustand';

/** Fast-changing map readouts, kept apart so they re-render only the widgets that show them. */
export interface CursorState {
  lonLat: [number, number] | null;
  bearingDegrees: number;
  pitchDegrees: number;
  zoom: number;
  /** Hovered plot row and screen position, for the tooltip. */
  hover: { row: number; x: number; y: number } | null;
  /** Time of the last frame deck.gl drew (performance.now()), for benchmarks. */
  lastFrameMs: number;
  /** True once the sub-park layers are in the MapLibre style (plots are drawn beneath their outline). */
  subparkLayersReady: boolean;
  /** [west, south, east, north] after the last move ended. */
  viewBounds: [number, number, number, number] | null;
}

export const useCursorStore = create<CursorState>()(() => ({ lonLat: null, bearingDegrees: 0, pitchDegrees: 0, zoom: 9, hover: null, lastFrameMs: 0, subparkLayersReady: false, viewBounds: null }));
