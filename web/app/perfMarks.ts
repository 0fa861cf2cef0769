/**
 * Frame timing for the browser tests and scripts/bench/viewer.ts: every deck.gl frame is recorded,
 * and `window.__parktwinPerf` exposes when the first frame with all plots drawn happened.
 */
export interface PerfMarks {
  frames: number;
  lastFrameMs: number;
  /** performance.now() of the first frame after the plots layer had its data. */
  firstPlotsFrameMs: number | null;
  plotsReady: boolean;
}

const marks: PerfMarks = { frames: 0, lastFrameMs: 0, firstPlotsFrameMs: null, plotsReady: false };
(globalThis as unknown as { __parktwinPerf: PerfMarks }).__parktwinPerf = marks;

export function markFrame(): void {
  marks.frames++;
  marks.lastFrameMs = performance.now();
  if (marks.plotsReady && marks.firstPlotsFrameMs === null) marks.firstPlotsFrameMs = marks.lastFrameMs;
}

export function markPlotsLayerReady(): void {
  marks.plotsReady = true;
}
