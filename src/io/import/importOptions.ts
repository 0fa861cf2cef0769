import type { FieldMapInput } from './fieldMapper.ts';

/** What a user can say about an input beyond its bytes (CLI options, the viewer's import step). */
export interface ImportOptions {
  /** `--crs`: the coordinate system the coordinates are in, overriding the file's (see parseCrs). */
  crs?: string;
  /** `--fields`: field → column; other columns are still recognised by name. */
  fields?: FieldMapInput;
  /** `--layer`: a shapefile's base name in a zip, or a GeoPackage table. */
  layer?: string;
  /** Text encoding overriding the file's (`.cpg`, language byte, detection). */
  encoding?: string;
  /** A loose `.shp`'s sibling files by lower-case extension with the dot: `.dbf`, `.prj`, `.cpg`. */
  siblings?: Readonly<Record<string, Uint8Array>>;
  /** Sub-park Chinese name → id, so a 所属分园 column may hold names. */
  subparkNames?: Readonly<Record<string, string>>;
}

/** The report's `input` member (DOMAIN.md §9): what was read and how. */
export interface InputDescription {
  format: string;
  layer: string | null;
  encoding: string | null;
  /** `EPSG:4549`, `gcj02`, `bd09`, or a proj string as declared. */
  crs: string;
  /** `declared`, `file`, `standard` (GeoJSON is WGS84 by its standard) or `detected` from the coordinates. */
  crsSource: string;
  fieldMap: Record<string, string>;
  unmatchedColumns: string[];
  /** [west, south, east, north] of the plots read, in WGS84; null when none was read. */
  bboxWgs84: [number, number, number, number] | null;
}
