import type { PlotFormatDriver } from './formatDriver.ts';
import { GeoJsonReader } from './geoJsonReader.ts';
import { LBRACE, LF, RS, UTF8_BOM, isJsonWhitespace } from './bytes.ts';

/** Position of the first byte after a UTF-8 BOM and whitespace, or -1. */
function firstSignificant(bytes: Uint8Array, from = 0): number {
  let i = from;
  if (from === 0 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2]) i = 3;
  while (i < bytes.length && isJsonWhitespace(bytes[i])) i++;
  return i < bytes.length ? i : -1;
}

/** One Feature per line: RS first, or a first line that is a whole JSON object followed by another object. */
function looksLikeSequence(head: Uint8Array): boolean {
  const start = firstSignificant(head);
  if (start < 0) return false;
  if (head[start] === RS) return true;
  if (head[start] !== LBRACE) return false;
  const lf = head.indexOf(LF, start);
  if (lf < 0) return false;
  const next = firstSignificant(head, lf + 1);
  if (next < 0 || (head[next] !== LBRACE && head[next] !== RS)) return false;
  try {
    const first: unknown = JSON.parse(new TextDecoder().decode(head.subarray(start, lf)));
    return typeof first === 'object' && first !== null && !Array.isArray(first);
  } catch {
    return false;
  }
}

export const geoJsonSeqDriver: PlotFormatDriver = {
  id: 'geojsonseq',
  label: 'GeoJSON, one Feature per line (GeoJSONSeq / NDJSON)',
  extensions: ['.geojsons', '.geojsonl', '.ndjson', '.jsonl'],
  sniff: looksLikeSequence,
  createReader: (sink) => new GeoJsonReader(sink, { sequence: true }),
  createDeferringReader: (sink, defer) => new GeoJsonReader(sink, { sequence: true, defer }),
};

export const geoJsonDriver: PlotFormatDriver = {
  id: 'geojson',
  label: 'GeoJSON FeatureCollection or Feature',
  extensions: ['.geojson', '.json'],
  sniff: (head) => {
    const start = firstSignificant(head);
    return start >= 0 && head[start] === LBRACE;
  },
  createReader: (sink) => new GeoJsonReader(sink),
  createDeferringReader: (sink, defer, _setContext, options) => new GeoJsonReader(sink, { defer, speculateLines: options?.speculateLines }),
};
