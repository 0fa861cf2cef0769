/**
 * A Polygon or MultiPolygon whose positions a byte-level reader (src/io/featureByteParser.ts) wrote
 * into one flat array of numbers, instead of one JS array per position. GeometryWriter validates it
 * through the same per-position and per-ring code as a parsed GeoJSON geometry, so every issue and
 * every data-quality count is the same.
 *
 * It still reads as GeoJSON: `coordinates` builds the nested arrays on first use (a reprojection
 * or a field mapping that measures the geometry), after which the writer reads those arrays,
 * since whoever asked may have changed them; JSON.stringify writes it as GeoJSON.
 */
export class FlatGeometry {
  /** True once `coordinates` was read: the nested arrays, not the flat one, are the geometry. */
  materialized = false;
  private nested: number[][][] | number[][][][] | undefined;

  constructor(
    readonly type: 'Polygon' | 'MultiPolygon',
    /** lon, lat of every position as written in the file (altitude dropped), ring after ring. */
    readonly xy: readonly number[],
    /** Positions of each ring, as written. */
    readonly ringPositions: readonly number[],
    /** Rings of each polygon (one polygon for a Polygon). */
    readonly polygonRings: readonly number[],
  ) {}

  get polygonCount(): number {
    return this.polygonRings.length;
  }

  toJSON(): { type: string; coordinates: number[][][] | number[][][][] } {
    return { type: this.type, coordinates: this.nested ?? this.nestedArrays() };
  }

  get coordinates(): number[][][] | number[][][][] {
    if (this.nested === undefined) {
      this.nested = this.nestedArrays();
      this.materialized = true;
    }
    return this.nested;
  }

  set coordinates(value: number[][][] | number[][][][]) {
    this.nested = value;
    this.materialized = true;
  }

  private nestedArrays(): number[][][] | number[][][][] {
    const polygons: number[][][][] = [];
    let ring = 0;
    let p = 0;
    for (let k = 0; k < this.polygonCount; k++) {
      const rings: number[][][] = [];
      for (let r = 0; r < this.polygonRings[k]; r++, ring++) {
        const positions: number[][] = [];
        for (let i = 0; i < this.ringPositions[ring]; i++, p++) positions.push([this.xy[2 * p], this.xy[2 * p + 1]]);
        rings.push(positions);
      }
      polygons.push(rings);
    }
    return this.type === 'Polygon' ? polygons[0] : polygons;
  }
}
