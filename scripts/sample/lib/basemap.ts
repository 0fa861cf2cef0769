/** Reads the committed district outlines (data/basemap), keyed by short district name. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export const BASEMAP_DIR = join(import.meta.dirname, '../../../data/basemap');

export type DistrictFeature = Feature<Polygon | MultiPolygon, { nameShort: string; name: string; nameEn: string }>;

export function readDistricts(dir = BASEMAP_DIR): Map<string, DistrictFeature> {
  const text = readFileSync(join(dir, 'shanghai-districts.geojson'), 'utf8');
  const fc = JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon, DistrictFeature['properties']>;
  const map = new Map<string, DistrictFeature>();
  for (const f of fc.features) map.set(f.properties.nameShort, f);
  return map;
}
