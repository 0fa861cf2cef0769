import { ReadError } from '../readError.ts';
import { emptyBounds, extendBounds } from './coordinates.ts';
import { parseCrs, type SourceCrs } from './crs.ts';
import { axesLookSwapped, guessCrs } from './crsDetection.ts';
import { fileIssue, type DecodedLayer } from './decodedLayer.ts';
import type { ImportSink } from './importSink.ts';
import type { ImportOptions } from './importOptions.ts';

/** The coordinate system of a decoded layer: declared, else the file's, else guessed from its coordinates. */
export function resolveLayerCrs(layer: DecodedLayer, options: ImportOptions): { crs: SourceCrs; source: 'declared' | 'file' | 'detected'; swapAxes: boolean; warning: { code: string; message: string } | null } {
  const bounds = emptyBounds();
  for (const f of layer.features) if (f) extendBounds(bounds, f.geometry);
  const known = options.crs !== undefined ? parseCrs(options.crs) : layer.fileCrs;
  if (known) {
    const swapAxes = axesLookSwapped(known, bounds);
    const warning = swapAxes ? { code: 'axes-swapped', message: `the coordinates hold the northing (latitude) first; they are read swapped as ${known.label}` } : null;
    return { crs: known, source: options.crs !== undefined ? 'declared' : 'file', swapAxes, warning };
  }
  const guess = guessCrs(bounds);
  if (guess.kind === 'ambiguous') throw new ReadError('unknown-crs', guess.message);
  return { crs: guess.crs, source: 'detected', swapAxes: guess.swapAxes, warning: guess.warning };
}

/** Features between two `convert` progress reports. */
const PROGRESS_EVERY = 5000;

/**
 * Sends a decoded layer's issues and features through the import sink (reprojection, field mapping).
 * `onProgress` gets stage `convert` with the fraction of features sent: for a large whole-file
 * input this is most of the reading time, so the viewer's progress bar moves during it.
 */
export function emitLayer(layer: DecodedLayer, sink: ImportSink, options: ImportOptions & { onProgress?: (stage: string, fraction: number) => void }): number {
  const resolved = resolveLayerCrs(layer, options);
  sink.useCrs(resolved.crs, resolved.source, resolved.swapAxes);
  if (resolved.warning) sink.issue(fileIssue(resolved.warning.code, resolved.warning.message));
  for (const issue of layer.issues) sink.issue(issue);
  sink.mapper.observe(layer.columns);
  const progress = options.onProgress;
  const total = layer.features.length;
  layer.features.forEach((f, index) => {
    if (f) sink.feature({ type: 'Feature', geometry: f.geometry, properties: f.properties }, index);
    if (progress && index % PROGRESS_EVERY === 0) progress('convert', index / total);
  });
  progress?.('convert', 1);
  return layer.features.length;
}
