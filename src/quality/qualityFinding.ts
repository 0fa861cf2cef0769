/** Kinds of finding, in the order the report lists them. */
export const QUALITY_KINDS = [
  'invalid-geometry',
  'repaired-geometry',
  'duplicate-geometry',
  'overlap',
  'sliver',
  'unknown-land-use',
] as const;
export type QualityKind = (typeof QUALITY_KINDS)[number];

/** What a finding's `measure` counts. */
export type QualityUnit = 'm2' | 'm' | 'plots' | 'pairs';

/**
 * One problem found in the data before analysis: the plots it concerns, what kind it is, how big
 * (`measure` in `unit`) and a sentence in English.
 */
export interface QualityFinding {
  kind: QualityKind;
  /** `error`: the plot was left out of the analysis; `warning`: it was kept (and repaired where said). */
  severity: 'error' | 'warning';
  /** A finer code: the issue code for geometry, the land-use code for unknown codes, else the kind. */
  code: string;
  /** Ids of the plots concerned (null where a left-out feature had no usable id). */
  plotIds: (string | null)[];
  /** The features' 0-based positions in the input. */
  indexes: number[];
  /** Rows of the plots in the PlotTable; empty for plots that were left out. */
  rows: number[];
  measure: number;
  unit: QualityUnit;
  message: string;
}

export interface QualitySettings {
  /** Overlaps smaller than this are shared-edge noise and not reported (m²). */
  overlapMinM2: number;
  /** A polygon whose mean width (2 × area / perimeter) is below this is a sliver (m). */
  sliverMaxWidthM: number;
  /**
   * Overlaps listed one by one at most; past it one finding (code `overlaps-not-listed`) says how
   * many more there are. Overlaps are the one kind that can outnumber the plots many times over
   * (whole layers stacked on each other), which would make a report of gigabytes.
   */
  overlapListMax: number;
}

export interface QualityReport {
  settings: QualitySettings;
  /** Problems found per kind (every kind present, 0 when none); overlaps counted even when not listed. */
  counts: Record<QualityKind, number>;
  findings: QualityFinding[];
  /** 1 for each table row some problem concerns (listed or not): what the viewer outlines. */
  problemRows: Uint8Array;
}
