/**
 * INTERIM: a minimal reader + table builder used only until src/io readPlots and the validating
 * builder land (issue 1/2). Not a validator: it skips what it cannot use and reports that as an issue.
 * Delete this file when web/worker/core.ts switches to src/index.ts.
 */
import {
  NUMERIC_FIELDS, DATE_FIELDS, LAND_USE_CATEGORIES, MISSING_DAY,
  type InputIssue, type PlotTable, type NumericField, type DateField, type LandUseCategory,
} from '../../src/schema/index.ts';
import type { LandUseTable } from '../../src/landuse/landUseTable.ts';

interface ReadOptions {
  landUse: LandUseTable;
  onProgress?: (bytes: number) => void;
}

function dayOfIso(text: unknown): number {
  if (typeof text !== 'string') return MISSING_DAY;
  const t = Date.parse(text.slice(0, 10) + 'T00:00:00Z');
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : MISSING_DAY;
}

export async function readPlots(chunks: AsyncIterable<Uint8Array>, options: ReadOptions): Promise<{ table: PlotTable; issues: InputIssue[]; meta: Record<string, unknown> }> {
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    bytes += chunk.length;
    options.onProgress?.(bytes);
  }
  const all = new Uint8Array(bytes);
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.length;
  }
  const json = JSON.parse(new TextDecoder().decode(all)) as { features: Array<{ properties: Record<string, unknown>; geometry: { type: string; coordinates: number[][][] | number[][][][] } }> };
  const issues: InputIssue[] = [];
  const ids: string[] = [], landUseCodes: string[] = [], names: string[] = [], enterprises: string[] = [];
  const subparkKeys: string[] = [];
  const subparkOf = new Map<string, number>();
  const sp: number[] = [], cat: number[] = [], status: number[] = [], src: number[] = [];
  const numeric = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f, [] as number[]])) as Record<NumericField, number[]>;
  const dates = Object.fromEntries(DATE_FIELDS.map((f) => [f, [] as number[]])) as Record<DateField, number[]>;
  const evalOffsets = [0], evalYear: number[] = [], evalPass: number[] = [], evalScore: number[] = [];
  const lonLat: number[] = [], ringOffsets = [0], polygonRingOffsets = [0], plotPolygonOffsets = [0];
  json.features.forEach((f, index) => {
    const p = f.properties ?? {};
    if (typeof p.id !== 'string' || typeof p.subparkId !== 'string' || !f.geometry) {
      issues.push({ index, id: null, severity: 'error', code: 'missing-field', field: null, message: 'interim reader: id, subparkId or geometry missing' });
      return;
    }
    ids.push(p.id);
    src.push(index);
    if (!subparkOf.has(p.subparkId)) {
      subparkOf.set(p.subparkId, subparkKeys.length);
      subparkKeys.push(p.subparkId);
    }
    sp.push(subparkOf.get(p.subparkId)!);
    const code = String(p.landUse ?? '');
    landUseCodes.push(code);
    const category: LandUseCategory = options.landUse.lookup(code)?.category ?? 'other';
    cat.push(LAND_USE_CATEGORIES.indexOf(category));
    status.push(p.landStatus === 'approved-unsupplied' ? 1 : 0);
    names.push(typeof p.name === 'string' ? p.name : '');
    enterprises.push(typeof p.enterprise === 'string' ? p.enterprise : '');
    for (const field of NUMERIC_FIELDS) numeric[field].push(typeof p[field] === 'number' ? (p[field] as number) : NaN);
    for (const field of DATE_FIELDS) dates[field].push(dayOfIso(p[field]));
    for (const e of (Array.isArray(p.evaluations) ? p.evaluations : []) as Array<{ year: number; pass: boolean; score?: number }>) {
      evalYear.push(e.year);
      evalPass.push(e.pass ? 1 : 0);
      evalScore.push(e.score ?? NaN);
    }
    evalOffsets.push(evalYear.length);
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (const [x, y] of ring) lonLat.push(x, y);
        ringOffsets.push(lonLat.length / 2);
      }
      polygonRingOffsets.push(ringOffsets.length - 1);
    }
    plotPolygonOffsets.push(polygonRingOffsets.length - 1);
  });
  const table: PlotTable = {
    count: ids.length,
    ids,
    sourceIndex: Uint32Array.from(src),
    subparkIndex: Uint16Array.from(sp),
    subparkKeys,
    landUseCodes,
    landUseCategory: Uint8Array.from(cat),
    landStatus: Uint8Array.from(status),
    numeric: Object.fromEntries(NUMERIC_FIELDS.map((f) => [f, Float64Array.from(numeric[f])])) as Record<NumericField, Float64Array>,
    dates: Object.fromEntries(DATE_FIELDS.map((f) => [f, Int32Array.from(dates[f])])) as Record<DateField, Int32Array>,
    evalOffsets: Uint32Array.from(evalOffsets),
    evalYear: Int16Array.from(evalYear),
    evalPass: Uint8Array.from(evalPass),
    evalScore: Float32Array.from(evalScore),
    lonLat: Float64Array.from(lonLat),
    ringOffsets: Uint32Array.from(ringOffsets),
    polygonRingOffsets: Uint32Array.from(polygonRingOffsets),
    plotPolygonOffsets: Uint32Array.from(plotPolygonOffsets),
    names,
    enterprises,
  };
  return { table, issues, meta: {} };
}
