import { FlatGeometry } from '../../validate/flatGeometry.ts';

type Convert = (x: number, y: number) => [number, number];

/**
 * The points of a whole decoded layer in one buffer, of which every FlatPolygons is a view, and
 * their conversion: converted once for the layer in one pass into one buffer (the inspection's
 * bounds), then read by every feature (the read). One converted buffer per feature instead meant
 * 100k small ArrayBuffers, which cost the browser's worker more than the conversion.
 */
export class LayerPoints {
  /** Values of `xy` in use (the buffer is sized for the most points the file could hold). */
  used = 0;
  private converted: Float64Array | null = null;
  private convertedBy: Convert | null = null;

  constructor(readonly xy: Float64Array) {}

  convertedOf(convert: Convert): Float64Array {
    if (this.convertedBy === convert && this.converted) return this.converted;
    const n = this.used;
    const out = new Float64Array(n);
    const xy = this.xy;
    for (let i = 0; i + 1 < n; i += 2) {
      const [x, y] = convert(xy[i], xy[i + 1]);
      out[i] = x;
      out[i + 1] = y;
    }
    this.converted = out;
    this.convertedBy = convert;
    return out;
  }
}

/**
 * A decoded polygon or multipolygon kept as numbers in one shared buffer instead of GeoJSON arrays:
 * a 100k-plot layer held between the import step's inspection and its read is then a few hundred
 * thousand small objects fewer, which is most of what the garbage collector spent its time on.
 * It becomes GeoJSON (converted to WGS84 on the way) only when the import sink takes the feature.
 */
export class FlatPolygons {
  /** xy as converted by `convertedBy`: the import step's inspection converts every point for the bounds, the read that follows reuses them. */
  private converted: Float64Array | null = null;
  private convertedBy: ((x: number, y: number) => [number, number]) | null = null;

  constructor(
    readonly type: 'Polygon' | 'MultiPolygon',
    /** x, y of every point, rings one after the other, in GeoJSON winding; a view of the layer's buffer. */
    readonly xy: Float64Array,
    /** z of every point (PolygonZ), else null. */
    readonly z: Float64Array | null,
    /** Points in each ring. */
    readonly ringPoints: readonly number[],
    /** Rings in each polygon (one entry for a Polygon). */
    readonly polygonRings: readonly number[],
    /** The layer's buffer `xy` is a view of, when there is one: conversions then go through it. */
    private readonly layer: LayerPoints | null = null,
  ) {}

  /** Where `xy` starts in the layer's buffer, in values. */
  private get layerOffset(): number {
    return (this.xy.byteOffset - (this.layer as LayerPoints).xy.byteOffset) / 8;
  }

  /** The points converted by `convert` (kept for the next call with the same function), or xy without one. */
  xyConvertedBy(convert: ((x: number, y: number) => [number, number]) | null | undefined): Float64Array {
    if (!convert) return this.xy;
    if (this.layer) {
      const at = this.layerOffset;
      return this.layer.convertedOf(convert).subarray(at, at + this.xy.length);
    }
    if (this.convertedBy === convert && this.converted) return this.converted;
    const out = new Float64Array(this.xy.length);
    for (let i = 0; i + 1 < out.length; i += 2) {
      const [x, y] = convert(this.xy[i], this.xy[i + 1]);
      out[i] = x;
      out[i + 1] = y;
    }
    this.converted = out;
    this.convertedBy = convert;
    return out;
  }

  /**
   * As GeoJSON. With `convert`, positions are converted and 2D (as transformGeometry leaves them);
   * without it they keep their z.
   */
  toGeoJson(convert?: ((x: number, y: number) => [number, number]) | null): { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] } {
    const xy = this.xyConvertedBy(convert);
    const z = convert ? null : this.z;
    let point = 0;
    let ring = 0;
    const polygons: number[][][][] = [];
    for (const rings of this.polygonRings) {
      const polygon: number[][][] = [];
      for (let r = 0; r < rings; r++, ring++) {
        const count = this.ringPoints[ring];
        const positions: number[][] = new Array<number[]>(count);
        for (let k = 0; k < count; k++, point++) {
          const x = xy[2 * point];
          const y = xy[2 * point + 1];
          positions[k] = z ? [x, y, z[point]] : [x, y];
        }
        polygon.push(positions);
      }
      polygons.push(polygon);
    }
    return this.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
  }

  /**
   * As the validator's FlatGeometry (2D, converted by `convert` when given), which it reads without
   * nested arrays. Null for an empty polygon list or a polygon without rings: the validator words
   * those from the GeoJSON (toGeoJson).
   */
  toFlatGeometry(convert?: ((x: number, y: number) => [number, number]) | null): FlatGeometry | null {
    if (this.polygonRings.length === 0 || this.polygonRings.includes(0)) return null;
    const cached = convert && this.layer ? this.xyConvertedBy(convert) : convert && this.convertedBy === convert ? this.converted : null;
    const n = this.xy.length;
    // A plain array, not a typed one: the validator reads it per position (see FlatGeometry).
    const xy = new Array<number>(n);
    if (!convert || cached) {
      const from = cached ?? this.xy;
      for (let i = 0; i < n; i++) xy[i] = from[i];
    } else {
      for (let i = 0; i + 1 < n; i += 2) {
        const [x, y] = convert(this.xy[i], this.xy[i + 1]);
        xy[i] = x;
        xy[i + 1] = y;
      }
    }
    return new FlatGeometry(this.type, xy, this.ringPoints, this.polygonRings);
  }

  /** The outer ring of each polygon, flat [x, y, x, y, …], converted by `convert` when given. */
  outerRings(convert?: ((x: number, y: number) => [number, number]) | null): Float64Array[] {
    const xy = this.xyConvertedBy(convert);
    const out: Float64Array[] = [];
    let ring = 0;
    let point = 0;
    for (const rings of this.polygonRings) {
      for (let r = 0; r < rings; r++, ring++) {
        if (r === 0) out.push(xy.subarray(2 * point, 2 * (point + this.ringPoints[ring])));
        point += this.ringPoints[ring];
      }
    }
    return out;
  }
}
