import type { InputIssue, PlotTable } from '../schema/index.ts';
import type { LandUseTable } from '../landuse/landUseTable.ts';
import { QUALITY_KINDS, type QualityFinding, type QualityKind, type QualityReport, type QualitySettings } from './qualityFinding.ts';
import { tableInMetres } from './tableInMetres.ts';
import { findSlivers, plotMeasures } from './findSlivers.ts';
import { findDuplicates } from './findDuplicates.ts';
import { findOverlaps } from './findOverlaps.ts';
import { findUnknownLandUse } from './findUnknownLandUse.ts';
import { geometryIssueFindings } from './geometryIssueFindings.ts';

/**
 * Defaults. 1 m²: neighbours digitised separately meet along shared edges with centimetre noise,
 * which over a 100 m edge makes overlaps well under 1 m²; anything a planner would act on is
 * larger. 2 m: see findSlivers.ts.
 */
export const DEFAULT_QUALITY_SETTINGS: QualitySettings = { overlapMinM2: 1, sliverMaxWidthM: 2 };

export interface QualityOptions extends Partial<QualitySettings> {
  landUse: LandUseTable;
  /** The validator's issues for the same input: its geometry problems become findings too. */
  issues?: readonly InputIssue[];
}

/**
 * The data-quality report on a validated table (DOMAIN.md §9's "every problem in it is listed"):
 * invalid and repaired geometry, exact duplicates, overlaps between plots, slivers and unknown
 * land-use codes. Pure; nothing is changed or dropped. Findings are sorted by kind (QUALITY_KINDS),
 * then by the first feature's position in the input.
 */
export function qualityReport(table: PlotTable, options: QualityOptions): QualityReport {
  const settings: QualitySettings = {
    overlapMinM2: options.overlapMinM2 ?? DEFAULT_QUALITY_SETTINGS.overlapMinM2,
    sliverMaxWidthM: options.sliverMaxWidthM ?? DEFAULT_QUALITY_SETTINGS.sliverMaxWidthM,
  };
  const metres = tableInMetres(table);
  const measures = plotMeasures(table, metres.xy);
  const duplicates = findDuplicates(table, measures.areaM2);
  const groupOf = duplicates.groupOf;
  const overlaps = findOverlaps(table, metres, measures.areaM2, settings.overlapMinM2, (a, b) => groupOf[a] >= 0 && groupOf[a] === groupOf[b]);
  const findings: QualityFinding[] = [
    ...geometryIssueFindings(table, options.issues ?? []),
    ...duplicates.findings,
    ...overlaps,
    ...findSlivers(table, measures, settings.sliverMaxWidthM),
    ...findUnknownLandUse(table, options.landUse),
  ];
  const order = new Map<QualityKind, number>(QUALITY_KINDS.map((k, i) => [k, i]));
  // Unknown land-use codes keep their order (most plots first); the rest go by input position.
  findings.sort((a, b) => order.get(a.kind)! - order.get(b.kind)! || (a.kind === 'unknown-land-use' ? 0 : a.indexes[0] - b.indexes[0] || (a.indexes[1] ?? 0) - (b.indexes[1] ?? 0)));
  const counts = Object.fromEntries(QUALITY_KINDS.map((k) => [k, 0])) as Record<QualityKind, number>;
  for (const f of findings) counts[f.kind]++;
  return { settings, counts, findings };
}

/** Table rows named by any finding, as a 0/1 mask per row (what the viewer's map layer draws). */
export function qualityRowMask(table: PlotTable, report: QualityReport): Uint8Array {
  const mask = new Uint8Array(table.count);
  for (const f of report.findings) for (const r of f.rows) mask[r] = 1;
  return mask;
}
