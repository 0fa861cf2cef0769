/**
 * The import-viewer benchmark's input: N synthetic plots (scripts/synthetic) as a zipped Shapefile
 * in CGCS2000 3-degree Gauss-Krüger (EPSG:4549), UTF-8, written by scripts/bench/lib/shapefileWriter.ts
 * into .cache/import-viewer once per count.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';
import { syntheticFeatures } from '../synthetic/syntheticFeatures.ts';
import { dbfNamesOf, zippedShapefile, type PolygonRecord } from './lib/shapefileWriter.ts';

const DIR = '.cache/import-viewer';
const PRJ_4549 =
  'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const TO_4549 = proj4('WGS84', '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs');

/** Properties whose dBASE names (cut to 10 bytes) no longer say their field: the mapping a planner would save as a preset. */
export function benchFieldMapping(keys: readonly string[]): Record<string, string> {
  const names = dbfNamesOf(keys);
  return Object.fromEntries(Object.entries(names).filter(([k, n]) => k !== n));
}

/** Evaluations as one `eval_YYYY` column per year (合格/不合格), as bureaus keep them: a JSON array would not fit a 254-byte dBASE field. */
function shapefileProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const { evaluations, ...rest } = properties;
  if (Array.isArray(evaluations)) {
    for (const e of evaluations as { year: number; pass: boolean }[]) rest[`eval_${e.year}`] = e.pass ? '合格' : '不合格';
  }
  return rest;
}

export function writeImportViewerInput(plots: number, seed = 1): { path: string; fields: Record<string, string> } {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, `plots-${plots}-4549.shp.zip`);
  const fieldsPath = join(DIR, `plots-${plots}-fields.json`);
  if (existsSync(path) && existsSync(fieldsPath)) return { path, fields: JSON.parse(readFileSync(fieldsPath, 'utf8')) as Record<string, string> };
  const records: PolygonRecord[] = [];
  for (const f of syntheticFeatures(plots, seed)) {
    const ring: number[] = [];
    for (let i = 0; i < f.ringLonLat.length; i += 2) {
      const [x, y] = TO_4549.forward([f.ringLonLat[i], f.ringLonLat[i + 1]]);
      ring.push(Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000);
    }
    records.push({ ring, properties: shapefileProperties(f.properties) });
  }
  writeFileSync(path, zippedShapefile(`plots-${plots}`, records, PRJ_4549));
  const fields = benchFieldMapping([...new Set(records.flatMap((r) => Object.keys(r.properties)))]);
  writeFileSync(fieldsPath, JSON.stringify(fields));
  return { path, fields };
}
