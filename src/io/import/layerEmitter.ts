import { ReadError } from '../readError.ts';
import { emptyBounds, extendBounds, type Bounds } from './coordinates.ts';
import { parseCrs, type SourceCrs } from './crs.ts';
import { axesLookSwapped, guessCrs } from './crsDetection.ts';
import { fileIssue, type DecodedLayer } from './decodedLayer.ts';
import type { ImportSink } from './importSink.ts';
import type { ImportOptions } from './importOptions.ts';
import type { InputIssue } from '../../schema/index.ts';

export interface ResolvedCrs {
  crs: SourceCrs;
  source: 'declared' | 'file' | 'detected';
  swapAxes: boolean;
  warning: { code: string; message: string } | null;
}

/** The coordinate system of a decoded layer: declared, else the file's, else guessed from its coordinates. */
export function resolveLayerCrs(layer: DecodedLayer, options: ImportOptions): ResolvedCrs {
  const bounds = emptyBounds();
  for (const f of layer.features) if (f) extendBounds(bounds, f.geometry);
  return resolveCrsOfBounds(bounds, layer.fileCrs, options);
}

/** resolveLayerCrs from the layer's bounds in its own coordinates (a streamed file's header envelope). */
export function resolveCrsOfBounds(bounds: Bounds, fileCrs: SourceCrs | null, options: ImportOptions): ResolvedCrs {
  const known = options.crs !== undefined ? parseCrs(options.crs) : fileCrs;
  if (known) {
    const swapAxes = axesLookSwapped(known, bounds);
    const warning = swapAxes ? { code: 'axes-swapped', message: `the coordinates hold the northing (latitude) first; they are read swapped as ${known.label}` } : null;
    return { crs: known, source: options.crs !== undefined ? 'declared' : 'file', swapAxes, warning };
  }
  const guess = guessCrs(bounds);
  if (guess.kind === 'ambiguous') throw new ReadError('unknown-crs', guess.message);
  return { crs: guess.crs, source: 'detected', swapAxes: guess.swapAxes, warning: guess.warning };
}

/** What goes to the sink before a layer's first feature: its coordinate system, warnings and issues, its columns. */
export function startLayer(resolved: ResolvedCrs, issues: readonly InputIssue[], columns: readonly string[], sink: ImportSink): void {
  sink.useCrs(resolved.crs, resolved.source, resolved.swapAxes);
  if (resolved.warning) sink.issue(fileIssue(resolved.warning.code, resolved.warning.message));
  for (const issue of issues) sink.issue(issue);
  sink.mapper.observe(columns);
}

/** Features between two `convert` progress reports. */
export const PROGRESS_EVERY = 5000;

/**
 * Sends a decoded layer's issues and features through the import sink (reprojection, field mapping).
 * `onProgress` gets stage `convert` with the fraction of features sent: for a large whole-file
 * input this is most of the reading time, so the viewer's progress bar moves during it.
 */
export function emitLayer(layer: DecodedLayer, sink: ImportSink, options: ImportOptions & { onProgress?: (stage: string, fraction: number) => void }): number {
  startLayer(resolveLayerCrs(layer, options), layer.issues, layer.columns, sink);
  const progress = options.onProgress;
  const total = layer.features.length;
  layer.features.forEach((f, index) => {
    if (f) sink.feature({ type: 'Feature', geometry: f.geometry, properties: f.properties }, index);
    if (progress && index % PROGRESS_EVERY === 0) progress('convert', index / total);
  });
  progress?.('convert', 1);
  return layer.features.length;
}
