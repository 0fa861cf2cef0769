import { DATE_FIELDS, MISSING_DAY, NUMERIC_FIELDS, type DateField, type NumericField, type PlotTable } from '../schema/index.ts';
import type { EvaluationList } from './evaluationList.ts';
import type { GeometryBuffers } from './geometryBuffers.ts';
import { grownArray, trimmedArray } from './grownArray.ts';

/** One validated plot, filled field by field and reused for every feature. */
export interface PendingRow {
  id: string;
  sourceIndex: number;
  subparkIndex: number;
  landUseCode: string;
  landUseCategory: number;
  landStatus: number;
  rectification: number;
  /** In NUMERIC_FIELDS order, NaN = missing. */
  numeric: Float64Array;
  /** In DATE_FIELDS order, MISSING_DAY = missing. */
  dates: Int32Array;
  evaluations: EvaluationList;
  name: string;
  enterprise: string;
}

/** The per-plot columns of a PlotTable being built, grown by doubling. */
export class PlotRowBuffers {
  count = 0;
  ids: string[] = [];
  landUseCodes: string[] = [];
  names: string[] = [];
  enterprises: string[] = [];
  sourceIndex = new Uint32Array(1024);
  subparkIndex = new Uint16Array(1024);
  landUseCategory = new Uint8Array(1024);
  landStatus = new Uint8Array(1024);
  rectification = new Uint8Array(1024);
  numeric = NUMERIC_FIELDS.map(() => new Float64Array(1024));
  dates = DATE_FIELDS.map(() => new Int32Array(1024));
  plotPolygonOffsets = new Uint32Array(1025);
  evalOffsets = new Uint32Array(1025);
  evalCount = 0;
  evalYear = new Int16Array(1024);
  evalPass = new Uint8Array(1024);
  evalScore = new Float32Array(1024);

  /** Appends a row whose geometry ends at `polygonCount` polygons in the geometry buffers. */
  push(row: PendingRow, polygonCount: number): void {
    const p = this.count;
    if (p + 1 > this.sourceIndex.length) this.grow(p + 1);
    this.ids.push(row.id);
    this.landUseCodes.push(row.landUseCode);
    this.names.push(row.name);
    this.enterprises.push(row.enterprise);
    this.sourceIndex[p] = row.sourceIndex;
    this.subparkIndex[p] = row.subparkIndex;
    this.landUseCategory[p] = row.landUseCategory;
    this.landStatus[p] = row.landStatus;
    this.rectification[p] = row.rectification;
    for (let f = 0; f < this.numeric.length; f++) this.numeric[f][p] = row.numeric[f];
    for (let f = 0; f < this.dates.length; f++) this.dates[f][p] = row.dates[f];
    this.plotPolygonOffsets[p + 1] = polygonCount;

    const ev = row.evaluations;
    const e0 = this.evalCount;
    if (e0 + ev.length > this.evalYear.length) {
      this.evalYear = grownArray(this.evalYear, e0 + ev.length);
      this.evalPass = grownArray(this.evalPass, e0 + ev.length);
      this.evalScore = grownArray(this.evalScore, e0 + ev.length);
    }
    for (let i = 0; i < ev.length; i++) {
      this.evalYear[e0 + i] = ev.years[i];
      this.evalPass[e0 + i] = ev.pass[i];
      this.evalScore[e0 + i] = ev.scores[i];
    }
    this.evalCount = e0 + ev.length;
    this.evalOffsets[p + 1] = this.evalCount;
    this.count = p + 1;
  }

  private grow(needed: number): void {
    this.sourceIndex = grownArray(this.sourceIndex, needed);
    this.subparkIndex = grownArray(this.subparkIndex, needed);
    this.landUseCategory = grownArray(this.landUseCategory, needed);
    this.landStatus = grownArray(this.landStatus, needed);
    this.rectification = grownArray(this.rectification, needed);
    this.numeric = this.numeric.map((a) => grownArray(a, needed));
    this.dates = this.dates.map((a) => grownArray(a, needed));
    // The offsets arrays hold one more item than the row arrays: size them from the grown row
    // length, or they lag a doubling behind and later writes fall off their end silently.
    this.plotPolygonOffsets = grownArray(this.plotPolygonOffsets, this.sourceIndex.length + 1);
    this.evalOffsets = grownArray(this.evalOffsets, this.sourceIndex.length + 1);
  }

  toTable(subparkKeys: string[], geometry: GeometryBuffers): PlotTable {
    const n = this.count;
    const numeric = {} as Record<NumericField, Float64Array>;
    NUMERIC_FIELDS.forEach((f, i) => (numeric[f] = trimmedArray(this.numeric[i], n)));
    const dates = {} as Record<DateField, Int32Array>;
    DATE_FIELDS.forEach((f, i) => (dates[f] = trimmedArray(this.dates[i], n)));
    return {
      count: n,
      ids: this.ids.slice(),
      sourceIndex: trimmedArray(this.sourceIndex, n),
      subparkIndex: trimmedArray(this.subparkIndex, n),
      subparkKeys: subparkKeys.slice(),
      landUseCodes: this.landUseCodes.slice(),
      landUseCategory: trimmedArray(this.landUseCategory, n),
      landStatus: trimmedArray(this.landStatus, n),
      rectification: trimmedArray(this.rectification, n),
      numeric,
      dates,
      evalOffsets: trimmedArray(this.evalOffsets, n + 1),
      evalYear: trimmedArray(this.evalYear, this.evalCount),
      evalPass: trimmedArray(this.evalPass, this.evalCount),
      evalScore: trimmedArray(this.evalScore, this.evalCount),
      ...geometry.trimmed(),
      plotPolygonOffsets: trimmedArray(this.plotPolygonOffsets, n + 1),
      names: this.names.slice(),
      enterprises: this.enterprises.slice(),
    };
  }
}

export function emptyPendingRow(evaluations: EvaluationList): PendingRow {
  return {
    id: '',
    sourceIndex: 0,
    subparkIndex: 0,
    landUseCode: '',
    landUseCategory: 0,
    landStatus: 0,
    rectification: 0,
    numeric: new Float64Array(NUMERIC_FIELDS.length).fill(NaN),
    dates: new Int32Array(DATE_FIELDS.length).fill(MISSING_DAY),
    evaluations,
    name: '',
    enterprise: '',
  };
}
