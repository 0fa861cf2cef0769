import type { InputIssue } from '../../src/schema/index.ts';
import { GeoJsonReader, type GeoJsonReadSummary } from '../../src/io/geoJsonReader.ts';

export interface Collected {
  features: { index: number; value: unknown }[];
  issues: InputIssue[];
  summary: GeoJsonReadSummary;
}

/** Runs a GeoJsonReader over `bytes` cut at the given positions. */
export function readAll(bytes: Uint8Array, cuts: number[] = [], options: { sequence?: boolean } = {}): Collected {
  const features: Collected['features'] = [];
  const issues: InputIssue[] = [];
  const reader = new GeoJsonReader({ feature: (value, index) => features.push({ index, value }), issue: (x) => issues.push(x) }, options);
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    reader.push(bytes.subarray(at, cut));
    at = cut;
  }
  return { features, issues, summary: reader.finish() };
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
