import { grownArray, trimmedArray } from './grownArray.ts';

/**
 * The flattened geometry of all kept plots (PlotTable layout) plus an undo mark: a feature's
 * geometry is written straight in while it is checked, and rolled back if the feature is dropped,
 * so a valid plot costs no temporary arrays.
 */
export class GeometryBuffers {
  lonLat = new Float64Array(1 << 12);
  vertexCount = 0;
  /** ringOffsets[ringCount] is always vertexCount: the start of the ring being written. */
  ringOffsets = new Uint32Array(1 << 10);
  ringCount = 0;
  polygonRingOffsets = new Uint32Array(1 << 8);
  polygonCount = 0;

  private markVertex = 0;
  private markRing = 0;
  private markPolygon = 0;

  mark(): void {
    this.markVertex = this.vertexCount;
    this.markRing = this.ringCount;
    this.markPolygon = this.polygonCount;
  }

  rollback(): void {
    this.vertexCount = this.markVertex;
    this.ringCount = this.markRing;
    this.polygonCount = this.markPolygon;
    this.ringOffsets[this.ringCount] = this.vertexCount;
    this.polygonRingOffsets[this.polygonCount] = this.ringCount;
  }

  pushVertex(lon: number, lat: number): void {
    const i = 2 * this.vertexCount;
    if (i + 2 > this.lonLat.length) this.lonLat = grownArray(this.lonLat, i + 2);
    this.lonLat[i] = lon;
    this.lonLat[i + 1] = lat;
    this.vertexCount++;
  }

  endRing(): void {
    this.ringCount++;
    if (this.ringCount + 1 > this.ringOffsets.length) this.ringOffsets = grownArray(this.ringOffsets, this.ringCount + 1);
    this.ringOffsets[this.ringCount] = this.vertexCount;
  }

  endPolygon(): void {
    this.polygonCount++;
    if (this.polygonCount + 1 > this.polygonRingOffsets.length) {
      this.polygonRingOffsets = grownArray(this.polygonRingOffsets, this.polygonCount + 1);
    }
    this.polygonRingOffsets[this.polygonCount] = this.ringCount;
  }

  /** Reverses vertices start..end-1 in place (a closed ring stays closed). */
  reverse(start: number, end: number): void {
    const xy = this.lonLat;
    for (let i = start, j = end - 1; i < j; i++, j--) {
      const x = xy[2 * i];
      const y = xy[2 * i + 1];
      xy[2 * i] = xy[2 * j];
      xy[2 * i + 1] = xy[2 * j + 1];
      xy[2 * j] = x;
      xy[2 * j + 1] = y;
    }
  }

  trimmed(): { lonLat: Float64Array; ringOffsets: Uint32Array; polygonRingOffsets: Uint32Array } {
    return {
      lonLat: trimmedArray(this.lonLat, 2 * this.vertexCount),
      ringOffsets: trimmedArray(this.ringOffsets, this.ringCount + 1),
      polygonRingOffsets: trimmedArray(this.polygonRingOffsets, this.polygonCount + 1),
    };
  }
}
