import type { AnalysisResult, PlotTable } from '../../src/index.ts';
import type { ColumnField, ColumnPayload } from './protocol.ts';

const DERIVED = new Set<ColumnField>(['areaM2', 'far', 'otherShare', 'amenityShare', 'potentialGfaM2']);

/** Quantile breaks over the finite values (at most `classes - 1` distinct inner breaks). */
export function quantileBreaksOf(values: Float32Array, classes: number): { breaks: number[]; min: number; max: number; finiteCount: number } {
  const finite = values.filter((v) => Number.isFinite(v)).sort();
  if (finite.length === 0) return { breaks: [], min: NaN, max: NaN, finiteCount: 0 };
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const v = finite[Math.min(finite.length - 1, Math.floor((k * finite.length) / classes))];
    if (breaks.length === 0 || v > breaks[breaks.length - 1]) breaks.push(v);
  }
  return { breaks, min: finite[0], max: finite[finite.length - 1], finiteCount: finite.length };
}

/** One attribute for every plot as float32 (NaN = missing), with class breaks for a legend. */
export function columnOfField(table: PlotTable, result: AnalysisResult | null, field: ColumnField): ColumnPayload {
  let source: Float64Array | null = null;
  if (DERIVED.has(field)) source = result ? (result.plots[field as keyof AnalysisResult['plots']] as Float64Array) : null;
  else source = table.numeric[field as keyof PlotTable['numeric']];
  const values = source ? Float32Array.from(source) : new Float32Array(table.count).fill(NaN);
  return { field, values, ...quantileBreaksOf(values, 6) };
}
