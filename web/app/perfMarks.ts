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
  /** When the worker's plots arrived on the main thread, and how long the worker took. */
  plotsArrivedMs: number | null;
  workerLoadMs: number | null;
  /** When MapLibre finished loading the basemap style. */
  mapLoadedMs: number | null;
  /** When the plots layer was first handed to deck.gl. */
  plotsLayerMs: number | null;
  /** The latest analysis: requested, its result back on the main thread, and applied to the stores. */
  analysisRequestedMs: number | null;
  analysisArrivedMs: number | null;
  analysisAppliedMs: number | null;
}

const marks: PerfMarks = { frames: 0, lastFrameMs: 0, firstPlotsFrameMs: null, plotsReady: false, plotsArrivedMs: null, workerLoadMs: null, mapLoadedMs: null, plotsLayerMs: null, analysisRequestedMs: null, analysisArrivedMs: null, analysisAppliedMs: null };
(globalThis as unknown as { __parktwinPerf: PerfMarks }).__parktwinPerf = marks;

export function markFrame(): void {
  marks.frames++;
  marks.lastFrameMs = performance.now();
  if (marks.plotsReady && marks.firstPlotsFrameMs === null) marks.firstPlotsFrameMs = marks.lastFrameMs;
}

export function markPlotsLayerReady(): void {
  if (!marks.plotsReady) marks.plotsLayerMs = performance.now();
  marks.plotsReady = true;
}

export function markMapLoaded(): void {
  marks.mapLoadedMs = performance.now();
}

export function markPlotsArrived(workerLoadMs: number): void {
  marks.plotsArrivedMs = performance.now();
  marks.workerLoadMs = workerLoadMs;
}

export function markAnalysis(stage: 'requested' | 'arrived' | 'applied'): void {
  const now = performance.now();
  if (stage === 'requested') marks.analysisRequestedMs = now;
  else if (stage === 'arrived') marks.analysisArrivedMs = now;
  else marks.analysisAppliedMs = now;
}
