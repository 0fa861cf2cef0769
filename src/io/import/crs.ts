import proj4 from 'proj4';
import gcoord from 'gcoord';
import { epsgCodeOfEsriName, epsgDefinition } from './crsDefinitions.ts';

/** Where the coordinate system of an input came from (report `input.crs.source`). */
export type CrsSource = 'declared' | 'file' | 'standard' | 'detected';

/** A coordinate system coordinates are read from, with its conversion to WGS84 lon/lat. */
export interface SourceCrs {
  /** `EPSG:4549`, `gcj02`, `bd09`, or the proj string / WKT name as given. */
  label: string;
  name: string;
  /** null: coordinates are WGS84 lon/lat already (WGS84, CGCS2000). */
  toWgs84: ((x: number, y: number) => [number, number]) | null;
  geographic: boolean;
}

/** Thrown for a `--crs` or file coordinate system that cannot be used; the message is one sentence. */
export class CrsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CrsError';
  }
}

/** The `--crs` values the contract names, for usage texts and choosers. */
export const DECLARABLE_CRS = ['EPSG:4326', 'EPSG:4490', 'EPSG:4528', 'EPSG:4529', 'EPSG:4549', 'EPSG:4550', 'EPSG:3857', 'gcj02', 'bd09'] as const;

/** One converter per definition: the same function each time lets a decoded layer reuse the points it converted (flatPolygons.ts). */
const PROJ_CONVERTERS = new Map<string, (x: number, y: number) => [number, number]>();

function projConverter(definition: string): (x: number, y: number) => [number, number] {
  let convert = PROJ_CONVERTERS.get(definition);
  if (!convert) {
    const converter = proj4(definition, 'WGS84');
    convert = (x, y) => converter.forward([x, y]) as [number, number];
    PROJ_CONVERTERS.set(definition, convert);
  }
  return convert;
}

export function crsOfEpsg(code: number): SourceCrs | null {
  const def = epsgDefinition(code);
  if (!def) return null;
  return { label: def.code, name: def.name, toWgs84: def.proj ? projConverter(def.proj) : null, geographic: def.proj === null };
}

const GCJ02: SourceCrs = {
  label: 'gcj02',
  name: 'GCJ-02 (Amap, Tencent)',
  toWgs84: (x, y) => gcoord.transform([x, y], gcoord.GCJ02, gcoord.WGS84) as [number, number],
  geographic: true,
};

const BD09: SourceCrs = {
  label: 'bd09',
  name: 'BD-09 (Baidu)',
  toWgs84: (x, y) => gcoord.transform([x, y], gcoord.BD09, gcoord.WGS84) as [number, number],
  geographic: true,
};

/** A proj string or WKT, converted by proj4; its geographic-ness read from the projection name. */
function crsOfDefinition(text: string, label: string, name: string): SourceCrs {
  let converter;
  try {
    converter = proj4(text, 'WGS84');
  } catch (error) {
    throw new CrsError(`the coordinate system "${label.slice(0, 80)}" cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const geographic = /\+proj=(longlat|latlong)\b/.test(text) || /^\s*GEOGCS\[/i.test(text) || /^\s*GEOGCRS\[/i.test(text);
  return { label, name, toWgs84: geographic && /WGS|2000/i.test(text) ? null : (x, y) => converter.forward([x, y]) as [number, number], geographic };
}

/**
 * The coordinate system a user declares (`--crs`, the viewer's chooser): `EPSG:4549` (or `4549`),
 * `gcj02`/`GCJ-02`, `bd09`/`BD-09`, `wgs84`, `cgcs2000`, or a proj string / WKT (the local
 * Shanghai grid). Throws CrsError naming what is accepted.
 */
export function parseCrs(spec: string): SourceCrs {
  const text = spec.trim();
  const folded = text.toLowerCase().replace(/[\s_-]/g, '');
  if (folded === 'gcj02') return GCJ02;
  if (folded === 'bd09') return BD09;
  if (folded === 'wgs84') return crsOfEpsg(4326) as SourceCrs;
  if (folded === 'cgcs2000') return crsOfEpsg(4490) as SourceCrs;
  const epsg = /^(?:epsg:)?(\d{4,6})$/i.exec(text);
  if (epsg) {
    const crs = crsOfEpsg(Number(epsg[1]));
    if (!crs) throw new CrsError(`EPSG:${epsg[1]} is not a coordinate system ParkTwin knows; give it as a proj string (+proj=…)`);
    return crs;
  }
  if (text.startsWith('+') || /^[A-Z]+\[/i.test(text)) return crsOfDefinition(text, text, 'user-defined');
  throw new CrsError(`"${text.slice(0, 60)}" is not a coordinate system; use one of ${DECLARABLE_CRS.join(', ')} or a proj string`);
}

/**
 * The coordinate system written in a file as WKT (a `.prj`, a GeoPackage or FlatGeobuf definition):
 * its EPSG authority, else its ESRI name, else the WKT itself through proj4. null when empty.
 */
export function crsOfWkt(wkt: string): SourceCrs | null {
  const text = wkt.trim();
  if (text === '') return null;
  // The outermost AUTHORITY of WKT1 is the last one; WKT2 writes ID["EPSG",n] the same way.
  const authorities = [...text.matchAll(/(?:AUTHORITY|ID)\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)];
  const last = authorities.at(-1);
  if (last && /^\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS)/i.test(text)) {
    const crs = crsOfEpsg(Number(last[1]));
    if (crs) return crs;
  }
  const name = /^\s*[A-Z]+\[\s*"([^"]*)"/i.exec(text)?.[1] ?? '';
  const code = epsgCodeOfEsriName(name);
  if (code !== null) {
    const crs = crsOfEpsg(code);
    if (crs) return crs;
  }
  return crsOfDefinition(text, name || 'WKT', name || 'from the file');
}
