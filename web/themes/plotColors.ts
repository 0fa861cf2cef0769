import { FLAG_BIT, SINGLE_USE_INDUSTRIAL, LAND_USE_CATEGORIES, type AnalysisParams } from '../../src/index.ts';
import {
  CATEGORY_RGBA, EVAL_RGBA, FAR_CLASS_RGBA, FLAG_HEX, FLAG_PRIORITY, NO_DATA_RGBA, NO_FLAG_RGBA, RAMP_RGBA, rgbaOfHex, type Rgba,
} from './palette.ts';
import type { Theme } from '../stores/viewStore.ts';
import type { AnalysisPlotColumns, ColumnPayload, StaticPlotColumns } from '../worker/protocol.ts';

/** RGBA packed into one little-endian uint32, as a Uint8Array RGBA buffer reads it. */
export function packedOfRgba([r, g, b, a]: Rgba): number {
  return (r | (g << 8) | (b << 16) | (a << 24)) >>> 0;
}

export interface ThemeInput {
  theme: Theme;
  count: number;
  columns: StaticPlotColumns;
  analysis: AnalysisPlotColumns | null;
  params: AnalysisParams;
  column: ColumnPayload | null;
}

const CATEGORY_PACKED = CATEGORY_RGBA.map(packedOfRgba);
const FLAG_PACKED = FLAG_PRIORITY.map((f) => ({ bit: FLAG_BIT[f], packed: packedOfRgba(rgbaOfHex(FLAG_HEX[f], 240)) }));
const FAR_PACKED = FAR_CLASS_RGBA.map(packedOfRgba);
const EVAL_PACKED = EVAL_RGBA.map(packedOfRgba);
const RAMP_PACKED = RAMP_RGBA.map(packedOfRgba);
const NO_FLAG_PACKED = packedOfRgba(NO_FLAG_RGBA);
const NO_DATA_PACKED = packedOfRgba(NO_DATA_RGBA);
const INDUSTRIAL = LAND_USE_CATEGORIES.indexOf('industrial');
const SINGLE_USE = new Set(SINGLE_USE_INDUSTRIAL.map((c) => LAND_USE_CATEGORIES.indexOf(c)));

/** Class of FAR against its target: 0 <50%, 1 <75%, 2 <100%, 3 meets, 4 not applicable. */
export function farClassOf(far: number, category: number, params: AnalysisParams): number {
  if (!SINGLE_USE.has(category) || !Number.isFinite(far)) return 4;
  const target = category === INDUSTRIAL ? params.farTargetIndustrial : params.farTargetRnd;
  const ratio = far / target;
  return ratio < 0.5 ? 0 : ratio < 0.75 ? 1 : ratio < 1 ? 2 : 3;
}

/** Index of the class a value falls in, given ascending inner breaks (value ≥ break moves up). */
export function classOfValue(value: number, breaks: readonly number[]): number {
  let k = 0;
  while (k < breaks.length && value >= breaks[k]) k++;
  return k;
}

/** One packed colour per plot for the theme. Themes needing the analysis fall back to grey until it arrives. */
export function plotColorsOfTheme(input: ThemeInput): Uint32Array {
  const { count, columns, analysis, theme, params, column } = input;
  const out = new Uint32Array(count);
  const category = columns.landUseCategory;
  if (theme === 'landUse') {
    for (let p = 0; p < count; p++) out[p] = CATEGORY_PACKED[category[p]];
  } else if (theme === 'flags') {
    if (!analysis) return out.fill(NO_FLAG_PACKED);
    const flags = analysis.flags;
    for (let p = 0; p < count; p++) {
      const f = flags[p];
      let c = NO_FLAG_PACKED;
      if (f) {
        for (const { bit, packed } of FLAG_PACKED) {
          if (f & bit) {
            c = packed;
            break;
          }
        }
      }
      out[p] = c;
    }
  } else if (theme === 'far') {
    if (!analysis) return out.fill(NO_DATA_PACKED);
    for (let p = 0; p < count; p++) out[p] = FAR_PACKED[farClassOf(analysis.far[p], category[p], params)];
  } else if (theme === 'evaluation') {
    if (!analysis) return out.fill(NO_DATA_PACKED);
    for (let p = 0; p < count; p++) out[p] = EVAL_PACKED[analysis.evalStatus[p]];
  } else {
    if (!column) return out.fill(NO_DATA_PACKED);
    const values = column.values;
    const rampOffset = Math.max(0, RAMP_PACKED.length - (column.breaks.length + 1));
    for (let p = 0; p < count; p++) {
      const v = values[p];
      out[p] = Number.isFinite(v) ? RAMP_PACKED[rampOffset + classOfValue(v, column.breaks)] : NO_DATA_PACKED;
    }
  }
  return out;
}

/** Spreads one value per plot over its vertices (deck.gl's polygon attributes are per vertex). */
export function vertexColorsOfPlots(plotColors: Uint32Array, vertexStarts: Uint32Array): Uint8Array {
  const vertexCount = vertexStarts[vertexStarts.length - 1];
  const packed = new Uint32Array(vertexCount);
  for (let p = 0; p + 1 < vertexStarts.length; p++) packed.fill(plotColors[p], vertexStarts[p], vertexStarts[p + 1]);
  return new Uint8Array(packed.buffer);
}
