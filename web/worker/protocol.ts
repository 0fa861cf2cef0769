/** What crosses the worker boundary. Per-plot data is typed arrays only; summaries are plain objects. */
import type { AnalysisParams, ConsolidationGroup, InputIssue, SubparkIndicators, FlagName } from '../../src/index.ts';
import type { QualityFinding, QualityKind, QualitySettings } from '../../src/index.ts';
import type { InputDescription } from '../../src/index.ts';
import type { PlotGeometry } from './plotGeometry.ts';

/** A file the user picked or dropped, handed to the worker as it is (read there, not on the page). */
export interface StagedFile {
  name: string;
  blob: Blob;
}

/** What the user chose in the import step (DOMAIN.md §9: --crs, --fields, --layer, and the encoding). */
export interface ImportChoices {
  crs?: string;
  encoding?: string;
  layer?: string;
  /** §4 field (or `evaluations.YYYY`) → source column, or null: no column (not even one recognised by name). */
  fields?: Record<string, string | null>;
}

export interface LoadRequest {
  /** Where the plots come from; with `plotsFile`, only its name, for messages. */
  plotsUrl: string;
  /** A file the user opened (file picker or drop), read instead of fetching `plotsUrl`. */
  plotsFile?: Blob;
  /** Parse threads; undefined = one per core for files of 32 MB and more. */
  parseThreads?: number;
  /** Read the files staged by `inspect` with these choices instead of `plotsFile` / `plotsUrl`. */
  staged?: ImportChoices;
}

export interface LoadProgress {
  /** `decode` and `convert` (with `fraction`): a staged import's whole-file decoding and its conversion to plots. */
  stage: 'fetch' | 'validate' | 'geometry' | 'decode' | 'convert';
  bytes: number;
  totalBytes: number | null;
  fraction?: number;
}

/** Per-plot columns that never change with the rule parameters. */
export interface StaticPlotColumns {
  subparkIndex: Uint16Array;
  landUseCategory: Uint8Array;
  landStatus: Uint8Array;
  heightM: Float32Array;
  gfaAboveM2: Float32Array;
}

export interface LoadResult {
  plotCount: number;
  subparkKeys: string[];
  geometry: PlotGeometry;
  columns: StaticPlotColumns;
  issueCount: number;
  /** The first issues, for display; all of them are in the worker. */
  issues: InputIssue[];
  byteCount: number;
  durationMs: number;
  /** Threads that parsed and validated the file (1 = the plots worker alone). */
  parseThreads: number;
  /** From the file's `parktwin` member: a label to show (e.g. 示例数据，非官方) and the as-of date it was laid out for. */
  dataLabel: { zh: string; en: string } | null;
  dataAsOf: string | null;
  /** What was read and how (format, layer, encoding, coordinate system, mapping, WGS84 bounds). */
  input: InputDescription;
}

export interface AnalysisRequest {
  requestId: number;
  asOf: string;
  params: AnalysisParams;
}

export interface AnalysisProgress {
  requestId: number;
  stage: string;
  fraction: number;
}

/** Evaluation history per plot: 0 none, 1 latest year passed, 2 latest year failed, 3 weak (failed in a row). */
export const EVAL_NONE = 0;
export const EVAL_PASS = 1;
export const EVAL_FAIL = 2;
export const EVAL_WEAK = 3;

export interface AnalysisPlotColumns {
  flags: Uint16Array;
  far: Float32Array;
  areaM2: Float32Array;
  potentialGfaM2: Float32Array;
  blockIndex: Int32Array;
  groupIndex: Int32Array;
  evalStatus: Uint8Array;
}

export type ConsolidationSummary = Omit<ConsolidationGroup, 'plotRows'> & { plotCount: number };

export interface AnalysisPayload {
  requestId: number;
  asOf: string;
  params: AnalysisParams;
  plots: AnalysisPlotColumns;
  /** 1 for a sub-park's main block, per block index. */
  blockIsMain: Uint8Array;
  blockCount: number;
  subparks: SubparkIndicators[];
  total: SubparkIndicators;
  consolidation: ConsolidationSummary[];
  durationMs: number;
}

export interface FlagExplanationText {
  flag: FlagName;
  zh: string;
  en: string;
  clauseZh: string;
  clauseEn: string;
  values: Record<string, number | string>;
  threshold: number | null;
}

export interface PlotDetail {
  row: number;
  properties: Record<string, unknown>;
  areaM2: number;
  far: number | null;
  otherShare: number | null;
  amenityShare: number | null;
  potentialGfaM2: number | null;
  block: { id: string; isMain: boolean; areaM2: number; distanceToMainM: number; plotCount: number } | null;
  group: { id: string; areaM2: number; plotCount: number } | null;
  flags: FlagExplanationText[];
  issues: InputIssue[];
  bounds: [number, number, number, number];
}

export interface SearchHit {
  row: number;
  id: string;
  name: string;
  enterprise: string;
  subparkKey: string;
}

/** Fields the choropleth and range filters can read. */
export const COLUMN_FIELDS = [
  'areaM2', 'far', 'otherShare', 'amenityShare', 'potentialGfaM2',
  'landAreaM2', 'gfaAboveM2', 'gfaOtherM2', 'gfaAmenityM2', 'heightM', 'vacancyRate',
  'developedShare', 'investedShare', 'revenue', 'tax', 'valueAdded', 'rdSpend', 'employees',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

export interface ColumnPayload {
  field: ColumnField;
  values: Float32Array;
  /** Quantile class breaks (ascending, up to 6), over finite values. */
  breaks: number[];
  min: number;
  max: number;
  finiteCount: number;
}

export type ExportFormat = 'csv' | 'geojson';

/** A data-quality finding as the viewer lists it (its table rows stay in the worker). */
export type QualityFindingSummary = Omit<QualityFinding, 'rows'>;

/** The data-quality report of the loaded plots: counts, the first findings, and a row mask for the map. */
export interface QualityPayload {
  settings: QualitySettings;
  counts: Record<QualityKind, number>;
  findingCount: number;
  /** The first findings, for display; all of them download as CSV. */
  findings: QualityFindingSummary[];
  /** 1 for each plot (table row) some finding names: the map outlines these. */
  rowMask: Uint8Array;
  durationMs: number;
}
