import { localProjection, type LocalProjection } from '../geo/localProjection.ts';
import { ringSignedAreaM2 } from '../geo/ringArea.ts';
import { describeValue } from './describeValue.ts';
import { outOfRangeHint, SHANGHAI_REGION } from './coordinateHints.ts';
import type { FeatureLog } from './featureLog.ts';
import type { GeometryBuffers } from './geometryBuffers.ts';
import { ringSelfIntersection } from './ringSelfIntersection.ts';
import { FlatGeometry } from './flatGeometry.ts';

/** Below this a ring encloses nothing a plot could be (1 dm²); also absorbs rounding on collinear rings. */
const MIN_RING_AREA_M2 = 0.01;
/** Re-use the previous feature's projection origin when this close (degrees): area error stays ~1e-5. */
const PROJECTION_REUSE_DEG = 0.05;

/**
 * Checks a GeoJSON Polygon/MultiPolygon and writes it into GeometryBuffers: rings closed, consecutive
 * repeated positions removed (the shape is unchanged), outer rings counter-clockwise and holes
 * clockwise. Errors (logged) stop at the first problem and return NaN; the caller rolls back.
 *
 * Decisions: an unclosed ring is closed, repeated positions are removed and a ring wound the wrong
 * way is reversed, each with a warning (the intent is unambiguous, and a warning keeps the repair
 * visible in the data-quality report); altitude and
 * further position members are ignored (valid GeoJSON). Not checked: holes outside their outer
 * ring, rings of one polygon crossing each other, overlapping parts of a MultiPolygon.
 */
export class GeometryWriter {
  private proj: LocalProjection = localProjection(121.5, 31.2);
  private unclosedRings = 0;
  private repeatedPositions = 0;
  private reversedRings = 0;
  private minLon = 0;
  private minLat = 0;
  private maxLon = 0;
  private maxLat = 0;

  constructor(
    private readonly out: GeometryBuffers,
    private readonly log: FeatureLog,
  ) {}

  /** Area in m² (outer rings minus holes) of the geometry written, or NaN after an error. */
  write(geometry: unknown): number {
    this.unclosedRings = 0;
    this.repeatedPositions = 0;
    this.reversedRings = 0;
    this.minLon = Infinity;
    this.minLat = Infinity;
    this.maxLon = -Infinity;
    this.maxLat = -Infinity;
    const areaM2 = this.writeGeometry(geometry);
    if (Number.isNaN(areaM2)) return NaN;
    if (this.unclosedRings > 0) {
      this.log.warn('unclosed-ring', 'geometry', `${this.unclosedRings} ring(s) did not end at their first position; closed them`);
    }
    if (this.repeatedPositions > 0) {
      this.log.warn('repeated-positions', 'geometry', `${this.repeatedPositions} position(s) repeated the one before; removed them (the shape is unchanged)`);
    }
    if (this.reversedRings > 0) {
      this.log.warn(
        'ring-orientation',
        'geometry',
        `${this.reversedRings} ring(s) wound the wrong way (outer rings go counter-clockwise, holes clockwise, RFC 7946); reversed them (the shape is unchanged)`,
      );
    }
    const r = SHANGHAI_REGION;
    if (this.minLon < r.minLon || this.maxLon > r.maxLon || this.minLat < r.minLat || this.maxLat > r.maxLat) {
      this.log.warn(
        'outside-shanghai',
        'geometry',
        `geometry spans lon ${this.minLon.toFixed(4)}..${this.maxLon.toFixed(4)}, lat ${this.minLat.toFixed(4)}..${this.maxLat.toFixed(4)}, ` +
          `outside Shanghai (lon ${r.minLon}..${r.maxLon}, lat ${r.minLat}..${r.maxLat}); check the coordinate system`,
      );
    }
    return areaM2;
  }

  private writeGeometry(geometry: unknown): number {
    if (geometry === undefined || geometry === null) {
      this.log.error('missing-geometry', 'geometry', `feature has no geometry (${describeValue(geometry)})`);
      return NaN;
    }
    if (typeof geometry !== 'object' || Array.isArray(geometry)) {
      this.log.error('invalid-geometry', 'geometry', `geometry is ${describeValue(geometry)}, not a GeoJSON geometry object`);
      return NaN;
    }
    if (geometry instanceof FlatGeometry && !geometry.materialized) return this.writeFlat(geometry);
    const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
    if (type === 'Polygon') return this.writePolygon(coordinates, -1);
    if (type === 'MultiPolygon') return this.writeMultiPolygon(coordinates);
    if (type === 'Point' || type === 'MultiPoint' || type === 'LineString' || type === 'MultiLineString' || type === 'GeometryCollection') {
      const hint = type === 'GeometryCollection' ? '; split it into Polygon/MultiPolygon features' : '';
      this.log.error('unsupported-geometry-type', 'geometry', `geometry type ${type} is not a plot: plots must be Polygon or MultiPolygon${hint}`);
      return NaN;
    }
    const caseHint = typeof type === 'string' && /^(multi)?polygon$/i.test(type) ? ' (type names are case-sensitive)' : '';
    this.log.error(
      'invalid-geometry-type',
      'geometry',
      `geometry type ${describeValue(type)} is not a GeoJSON geometry type; plots must be Polygon or MultiPolygon${caseHint}`,
    );
    return NaN;
  }

  private writeMultiPolygon(coordinates: unknown): number {
    if (!Array.isArray(coordinates)) {
      this.log.error('invalid-geometry', 'geometry', `MultiPolygon coordinates are ${describeValue(coordinates)}, not an array of polygons`);
      return NaN;
    }
    if (coordinates.length === 0) {
      this.log.error('empty-geometry', 'geometry', 'MultiPolygon has no polygons');
      return NaN;
    }
    let total = 0;
    for (let k = 0; k < coordinates.length; k++) {
      const a = this.writePolygon(coordinates[k], k);
      if (Number.isNaN(a)) return NaN;
      total += a;
    }
    return total;
  }

  /** `k` is the polygon's position in a MultiPolygon, -1 for a Polygon (only used in messages). */
  private writePolygon(rings: unknown, k: number): number {
    const where = k < 0 ? 'Polygon' : `polygon ${k}`;
    if (!Array.isArray(rings)) {
      this.log.error('invalid-geometry', 'geometry', `${where} coordinates are ${describeValue(rings)}, not an array of rings`);
      return NaN;
    }
    if (rings.length === 0) {
      this.log.error('empty-geometry', 'geometry', `${where} has no rings`);
      return NaN;
    }
    let areaM2 = 0;
    for (let r = 0; r < rings.length; r++) {
      const a = this.writeRing(rings[r], r, k);
      if (Number.isNaN(a)) return NaN;
      areaM2 += r === 0 ? a : -a;
    }
    return this.closePolygon(where, areaM2);
  }

  private closePolygon(where: string, areaM2: number): number {
    if (areaM2 < MIN_RING_AREA_M2) {
      this.log.error('zero-area', 'geometry', `${where}: its holes cover its outer ring (area ${areaM2.toFixed(2)} m²)`);
      return NaN;
    }
    this.out.endPolygon();
    return areaM2;
  }

  /**
   * A geometry read from bytes (FlatGeometry): the same checks in the same order as the nested
   * arrays would get. The reader only produces one when every position is an array of at least two
   * numbers and no list is empty, so the checks of those shapes cannot fail here.
   */
  private writeFlat(g: FlatGeometry): number {
    const polygon = g.type === 'Polygon';
    let total = 0;
    let ring = 0;
    let position = 0;
    for (let k = 0; k < g.polygonCount; k++) {
      const where = polygon ? 'Polygon' : `polygon ${k}`;
      const ringCount = g.polygonRings[k];
      let areaM2 = 0;
      for (let r = 0; r < ringCount; r++, ring++) {
        const count = g.ringPositions[ring];
        const a = this.writeFlatRing(g.xy, position, count, r, polygon ? -1 : k);
        if (Number.isNaN(a)) return NaN;
        position += count;
        areaM2 += r === 0 ? a : -a;
      }
      const a = this.closePolygon(where, areaM2);
      if (Number.isNaN(a)) return NaN;
      total += a;
    }
    return total;
  }

  private writeFlatRing(xy: readonly number[], first: number, count: number, r: number, k: number): number {
    const where = `${k < 0 ? '' : `polygon ${k} `}ring ${r}`;
    const start = this.out.vertexCount;
    for (let i = 0; i < count; i++) {
      if (!this.position(xy[2 * (first + i)], xy[2 * (first + i) + 1], i, where, start)) return NaN;
    }
    return this.closeRing(where, r, start, count);
  }

  /** Unsigned area of the ring written, or NaN. Orientation is fixed here: outer CCW, holes CW. */
  private writeRing(ring: unknown, r: number, k: number): number {
    const where = `${k < 0 ? '' : `polygon ${k} `}ring ${r}`;
    const out = this.out;
    if (!Array.isArray(ring)) {
      this.log.error('invalid-geometry', 'geometry', `${where} is ${describeValue(ring)}, not an array of positions`);
      return NaN;
    }
    const start = out.vertexCount;
    for (let i = 0; i < ring.length; i++) {
      const p: unknown = ring[i];
      if (!Array.isArray(p) || p.length < 2) {
        this.log.error('invalid-position', 'geometry', `${where} position ${i} is ${describeValue(p)}, not [lon, lat]`);
        return NaN;
      }
      const x: unknown = p[0];
      const y: unknown = p[1];
      if (typeof x !== 'number' || typeof y !== 'number') {
        this.log.error('non-numeric-coordinate', 'geometry', `${where} position ${i} is [${describeValue(x)}, ${describeValue(y)}]: coordinates must be numbers`);
        return NaN;
      }
      if (!this.position(x, y, i, where, start)) return NaN;
    }
    return this.closeRing(where, r, start, ring.length);
  }

  /**
   * Checks one position of the ring being written (which started at vertex `start`) and writes it,
   * unless it repeats the one before. False after an error.
   */
  private position(x: number, y: number, i: number, where: string, start: number): boolean {
    const out = this.out;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      this.log.error('non-finite-coordinate', 'geometry', `${where} position ${i} is [${x}, ${y}]: coordinates must be finite numbers`);
      return false;
    }
    if (x < -180 || x > 180 || y < -90 || y > 90) {
      const hint = outOfRangeHint(x, y);
      this.log.error(
        'coordinates-out-of-range',
        'geometry',
        `${where} position ${i} is [${x}, ${y}], outside WGS84 lon -180..180, lat -90..90${hint ? `: ${hint}` : ''}`,
      );
      return false;
    }
    const n = out.vertexCount;
    if (n > start && out.lonLat[2 * n - 2] === x && out.lonLat[2 * n - 1] === y) {
      this.repeatedPositions++;
      return true;
    }
    out.pushVertex(x, y);
    if (x < this.minLon) this.minLon = x;
    if (x > this.maxLon) this.maxLon = x;
    if (y < this.minLat) this.minLat = y;
    if (y > this.maxLat) this.maxLat = y;
    return true;
  }

  /** Closes the ring written from vertex `start` (`fileLength` positions in the file) and checks it: its unsigned area, or NaN. */
  private closeRing(where: string, r: number, start: number, fileLength: number): number {
    const out = this.out;
    let end = out.vertexCount;
    if (end > start + 1 && (out.lonLat[2 * start] !== out.lonLat[2 * end - 2] || out.lonLat[2 * start + 1] !== out.lonLat[2 * end - 1])) {
      out.pushVertex(out.lonLat[2 * start], out.lonLat[2 * start + 1]);
      end++;
      this.unclosedRings++;
    }
    if (end - start < 4) {
      this.log.error(
        'too-few-positions',
        'geometry',
        `${where} has ${fileLength} position(s), ${end - start > 1 ? end - start - 1 : end - start} distinct; a ring needs at least 3 distinct positions and the closing one`,
      );
      return NaN;
    }
    this.ensureProjection(out.lonLat[2 * start], out.lonLat[2 * start + 1]);
    const signedM2 = ringSignedAreaM2(this.proj, out.lonLat, start, end);
    const noArea = !(Math.abs(signedM2) >= MIN_RING_AREA_M2);
    const crossing = ringSelfIntersection(out.lonLat, start, end);
    // A ring without area folds back on itself somewhere; "no area" says more than "edges meet",
    // unless two non-neighbouring edges cross (a bow-tie's halves cancel out to zero area).
    const crossingIsFold = crossing !== null && (crossing[1] === crossing[0] + 1 || (crossing[0] === 0 && crossing[1] === end - start - 2));
    if (noArea && (crossing === null || crossingIsFold)) {
      this.log.error('zero-area', 'geometry', `${where} encloses no area (${Math.abs(signedM2).toFixed(4)} m²): its positions are collinear or coincide`);
      return NaN;
    }
    if (crossing) {
      const [i, j] = crossing;
      const xy = out.lonLat;
      this.log.error(
        'self-intersection',
        'geometry',
        `${where} crosses itself: edge ${i} (from [${xy[2 * (start + i)]}, ${xy[2 * (start + i) + 1]}]) meets edge ${j} ` +
          `(from [${xy[2 * (start + j)]}, ${xy[2 * (start + j) + 1]}])`,
      );
      return NaN;
    }
    if (r === 0 ? signedM2 < 0 : signedM2 > 0) {
      out.reverse(start, end);
      this.reversedRings++;
    }
    out.endRing();
    return Math.abs(signedM2);
  }

  private ensureProjection(lon: number, lat: number): void {
    if (Math.abs(lon - this.proj.lon0) < PROJECTION_REUSE_DEG && Math.abs(lat - this.proj.lat0) < PROJECTION_REUSE_DEG) return;
    this.proj = localProjection(lon, lat);
  }
}
