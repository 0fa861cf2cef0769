import { FlatBuffersTable } from './flatBuffersTable.ts';

/** flatgeobuf's GeometryType names, by value (GeoJSON types for 1-7). */
const GEOMETRY_TYPES = [
  'Unknown', 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection', 'CircularString',
  'CompoundCurve', 'CurvePolygon', 'MultiCurve', 'MultiSurface', 'Curve', 'Surface', 'PolyhedralSurface', 'TIN', 'Triangle',
];
const POLYGON = 3;
const MULTI_POLYGON = 6;
const MULTI_LINE_STRING = 5;
const GEOMETRY_COLLECTION = 7;

/**
 * One feature's polygon geometry as flat buffers, reused from feature to feature: xy of every
 * point ring after ring, points per ring, rings per polygon. Filled by readFgbFeature.
 */
export class FgbPolygonScratch {
  type: 'Polygon' | 'MultiPolygon' = 'Polygon';
  xy = new Float64Array(1024);
  points = 0;
  ringPoints: number[] = [];
  polygonRings: number[] = [];

  reset(type: 'Polygon' | 'MultiPolygon'): void {
    this.type = type;
    this.points = 0;
    this.ringPoints = [];
    this.polygonRings = [];
  }

  reserve(points: number): void {
    if (2 * (this.points + points) <= this.xy.length) return;
    const grown = new Float64Array(Math.max(2 * this.xy.length, 2 * (this.points + points)));
    grown.set(this.xy.subarray(0, 2 * this.points));
    this.xy = grown;
  }
}

/** What readFgbFeature found: a polygon in the scratch, another geometry as the package's GeoJSON, or none. */
export type FgbGeometry = { kind: 'flat'; scratch: FgbPolygonScratch } | { kind: 'geojson'; geometry: unknown } | { kind: 'none' };

/**
 * A Polygon's rings into the scratch when they are what the package would slice from `ends`
 * (ascending, within the points); false otherwise (the caller builds the package's GeoJSON).
 */
function flatPolygonInto(view: DataView, geometry: FlatBuffersTable, scratch: FgbPolygonScratch): boolean {
  const xy = geometry.vector(1);
  const values = xy ? xy[1] : 0;
  if (values % 2 !== 0) return false;
  const points = values / 2;
  const ends = geometry.vector(0);
  const ringEnds: number[] = [];
  if (!ends || ends[1] === 0) ringEnds.push(points);
  else {
    let previous = 0;
    for (let i = 0; i < ends[1]; i++) {
      const end = view.getUint32(ends[0] + 4 * i, true);
      if (end < previous || end > points) return false;
      ringEnds.push(end);
      previous = end;
    }
  }
  const used = ringEnds[ringEnds.length - 1];
  scratch.reserve(used);
  const out = scratch.xy;
  let to = 2 * scratch.points;
  const from = xy ? xy[0] : 0;
  for (let i = 0; i < 2 * used; i++) out[to++] = view.getFloat64(from + 8 * i, true);
  scratch.points += used;
  let start = 0;
  for (const end of ringEnds) {
    scratch.ringPoints.push(end - start);
    start = end;
  }
  scratch.polygonRings.push(ringEnds.length);
  return true;
}

/** The package's GeoJSON coordinates of a geometry table of type `type` (fromGeometry / toGeoJsonCoordinates). */
function geoJsonOf(view: DataView, geometry: FlatBuffersTable, type: number): unknown {
  if (type === GEOMETRY_COLLECTION) {
    const parts = geometry.vector(7);
    const geometries: unknown[] = [];
    for (let i = 0; parts && i < parts[1]; i++) {
      const slot = parts[0] + 4 * i;
      const part = new FlatBuffersTable(view, slot + view.getUint32(slot, true));
      geometries.push(geoJsonOf(view, part, part.uint8(6, 0)));
    }
    return { type: GEOMETRY_TYPES[type], geometries };
  }
  if (type === MULTI_POLYGON) {
    const parts = geometry.vector(7);
    const coordinates: unknown[] = [];
    for (let i = 0; parts && i < parts[1]; i++) {
      const slot = parts[0] + 4 * i;
      coordinates.push((geoJsonOf(view, new FlatBuffersTable(view, slot + view.getUint32(slot, true)), POLYGON) as { coordinates: unknown }).coordinates);
    }
    return { type: GEOMETRY_TYPES[type], coordinates };
  }
  const xyVector = geometry.vector(1);
  const zVector = geometry.vector(2);
  const xy: number[] = [];
  for (let i = 0; xyVector && i < xyVector[1]; i++) xy.push(view.getFloat64(xyVector[0] + 8 * i, true));
  const z: number[] | null = zVector ? [] : null;
  for (let i = 0; zVector && z && i < zVector[1]; i++) z.push(view.getFloat64(zVector[0] + 8 * i, true));
  const pairs = (from: number[], zs: number[] | null): number[][] => {
    const out: number[][] = [];
    for (let i = 0; i < from.length; i += 2) {
      const a = [from[i], from[i + 1]];
      if (zs) a.push(zs[i >> 1]);
      out.push(a);
    }
    return out;
  };
  let coordinates: unknown;
  if (type === 1) {
    const a = [...xy];
    if (z) a.push(z[0]);
    coordinates = a;
  } else if (type === 2 || type === 4) coordinates = pairs(xy, z);
  else if (type === POLYGON || type === MULTI_LINE_STRING) {
    const endsVector = geometry.vector(0);
    if (!endsVector || endsVector[1] === 0) coordinates = [pairs(xy, z)];
    else {
      const rings: number[][][] = [];
      let s = 0;
      for (let i = 0; i < endsVector[1]; i++) {
        const e = view.getUint32(endsVector[0] + 4 * i, true);
        // As the package: xy.slice(s, s = e << 1), z.slice(s, s = e).
        rings.push(pairs(xy.slice(s, e << 1), z ? z.slice(s >> 1, e) : null));
        s = e << 1;
      }
      coordinates = rings;
    }
  }
  return { type: GEOMETRY_TYPES[type], coordinates };
}

/**
 * Reads the geometry of the feature whose FlatBuffer (after its size prefix) starts at `at`:
 * Polygon and MultiPolygon into `scratch` (kind `flat`) when their rings are ordinary, anything
 * else as the package's GeoJSON; `none` when the feature has no geometry.
 */
export function readFgbGeometry(view: DataView, at: number, headerType: number, scratch: FgbPolygonScratch): FgbGeometry {
  const feature = new FlatBuffersTable(view, at + view.getUint32(at, true));
  const geometry = feature.table(0);
  if (!geometry) return { kind: 'none' };
  const type = headerType === 0 ? geometry.uint8(6, 0) : headerType;
  if (type === POLYGON) {
    scratch.reset('Polygon');
    if (flatPolygonInto(view, geometry, scratch)) return { kind: 'flat', scratch };
  } else if (type === MULTI_POLYGON) {
    scratch.reset('MultiPolygon');
    const parts = geometry.vector(7);
    let flat = parts !== null && parts[1] > 0;
    for (let i = 0; flat && parts && i < parts[1]; i++) {
      const slot = parts[0] + 4 * i;
      flat = flatPolygonInto(view, new FlatBuffersTable(view, slot + view.getUint32(slot, true)), scratch);
    }
    if (flat) return { kind: 'flat', scratch };
  }
  return { kind: 'geojson', geometry: geoJsonOf(view, geometry, type) };
}
