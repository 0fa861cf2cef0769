/** The committed sample and base map, read once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlotProperties, SubparkProperties } from '../../src/index.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const SAMPLE_DIR = join(ROOT, 'data/sample');
export const BASEMAP_DIR = join(ROOT, 'data/basemap');
/** The as-of date the sample's problems are laid out for (README). */
export const AS_OF = '2026-07-31';

export type PlotFeature = Feature<Polygon, PlotProperties>;
export type SubparkFeature = Feature<MultiPolygon, SubparkProperties>;

export interface SampleCollection<F> {
  text: string;
  parktwin: Record<string, unknown>;
  features: F[];
}

export function readCollection<F>(dir: string, name: string): SampleCollection<F> {
  const text = readFileSync(join(dir, name), 'utf8');
  const fc = JSON.parse(text) as FeatureCollection & { parktwin: Record<string, unknown> };
  return { text, parktwin: fc.parktwin, features: fc.features as F[] };
}

export const readPlots = (): SampleCollection<PlotFeature> => readCollection<PlotFeature>(SAMPLE_DIR, 'plots.geojson');
export const readSubparks = (): SampleCollection<SubparkFeature> => readCollection<SubparkFeature>(SAMPLE_DIR, 'subparks.geojson');
