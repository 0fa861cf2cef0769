import type { InputIssue } from '../../schema/index.ts';
import type { ChosenEncoding } from './textEncoding.ts';
import type { SourceCrs } from './crs.ts';

/** One feature as a format holds it: geometry in the file's coordinates, properties under the file's column names. */
export interface RawFeature {
  geometry: unknown;
  properties: Record<string, unknown>;
  /**
   * Decodes the properties ahead of the read, when they are decoded on access (a .dbf record): the
   * viewer's worker does it while the user looks at the import step, so the read finds them ready.
   */
  warm?(): void;
}

/**
 * Warms features [from, to) of a held layer (RawFeature.warm); the caller spreads the slices over
 * idle time. Returns where it stopped.
 */
export function warmFeatures(layer: DecodedLayer, from: number, to: number): number {
  const end = Math.min(to, layer.features.length);
  for (let i = from; i < end; i++) layer.features[i]?.warm?.();
  return end;
}

/** A whole-file format's layer, decoded but not yet reprojected or mapped to the plot contract. */
export interface DecodedLayer {
  /** The layer read (shapefile base name, GeoPackage table); null for single-layer formats. */
  layer: string | null;
  /** Every layer the file holds that could be read, in the order the format lists them. */
  layers: string[];
  encoding: ChosenEncoding | null;
  /** The coordinate system the file names, or null when it names none. */
  fileCrs: SourceCrs | null;
  columns: string[];
  /** Features in file order; `index` of a feature = its position here plus `skipped` before it. */
  features: (RawFeature | null)[];
  /** Problems found while decoding (a deleted record, a row that is not WKT), with the feature's index. */
  issues: InputIssue[];
}

/** What a whole-file decoder gets besides the main file's bytes. */
export interface DecodeContext {
  /** `--layer`: a shapefile's base name or a GeoPackage table. */
  layer?: string;
  /** Sibling files of a loose `.shp`, by lower-case extension with the dot (`.dbf`, `.prj`, `.cpg`). */
  siblings?: Readonly<Record<string, Uint8Array>>;
  /** Declared text encoding, overriding what the file says. */
  encoding?: string;
}

export function fileIssue(code: string, message: string, severity: 'warning' | 'error' = 'warning', index = -1): InputIssue {
  return { index, id: null, severity, code, field: null, message };
}
