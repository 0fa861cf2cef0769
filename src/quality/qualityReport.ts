import type { InputIssue } from '../schema/index.ts';
import type { QualityTable } from './qualityTable.ts';
import type { LandUseTable } from '../landuse/landUseTable.ts';
import { QUALITY_KINDS, type QualityFinding, type QualityKind, type QualityReport, type QualitySettings } from './qualityFinding.ts';
import { findSlivers } from './findSlivers.ts';
import { duplicateFindings } from './findDuplicates.ts';
import { overlapFindings } from './overlapFindings.ts';
import { qualityGeometry, type QualityGeometry } from './qualityGeometry.ts';
import { findUnknownLandUse } from './findUnknownLandUse.ts';
import { geometryIssueFindings } from './geometryIssueFindings.ts';

/**
 * Defaults. 1 m²: neighbours digitised separately meet along shared edges with centimetre noise,
 * which over a 100 m edge makes overlaps well under 1 m²; anything a planner would act on is
 * larger. 2 m: see findSlivers.ts.
 */
export const DEFAULT_QUALITY_SETTINGS: QualitySettings = { overlapMinM2: 1, sliverMaxWidthM: 2, overlapListMax: 100_000 };

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
export function qualityReport(table: QualityTable, options: QualityOptions): QualityReport {
  const settings = qualitySettingsOf(options);
  return qualityReportOf(table, qualityGeometry(table, settings.overlapMinM2, settings.overlapListMax), options);
}

/** The settings of `options`, defaults filled in. */
export function qualitySettingsOf(options: QualityOptions): QualitySettings {
  return {
    overlapMinM2: options.overlapMinM2 ?? DEFAULT_QUALITY_SETTINGS.overlapMinM2,
    sliverMaxWidthM: options.sliverMaxWidthM ?? DEFAULT_QUALITY_SETTINGS.sliverMaxWidthM,
    overlapListMax: options.overlapListMax ?? DEFAULT_QUALITY_SETTINGS.overlapListMax,
  };
}

/**
 * The report from its geometric part (qualityGeometry, computed with the same settings, maybe in a
 * worker): the findings, their order, counts and the row mask.
 */
export function qualityReportOf(table: QualityTable, geometry: QualityGeometry, options: QualityOptions): QualityReport {
  const settings = qualitySettingsOf(options);
  const problemRows = geometry.overlapRows.slice();
  const { measures } = geometry;
  const overlaps = { findings: overlapFindings(table, measures.areaM2, geometry.overlaps), total: geometry.overlaps.total };
  const findings: QualityFinding[] = [
    ...geometryIssueFindings(table, options.issues ?? []),
    ...duplicateFindings(table, measures.areaM2, geometry.duplicateGroups),
    ...overlaps.findings,
    ...findSlivers(table, measures, settings.sliverMaxWidthM),
    ...findUnknownLandUse(table, options.landUse),
  ];
  // A plain object, not a Map: the sort looks a kind up twice per comparison.
  const order = Object.fromEntries(QUALITY_KINDS.map((k, i) => [k, i])) as Record<QualityKind, number>;
  // Unknown land-use codes keep their order (most plots first); the rest go by input position.
  findings.sort((a, b) => order[a.kind] - order[b.kind] || (a.kind === 'unknown-land-use' ? 0 : a.indexes[0] - b.indexes[0] || (a.indexes[1] ?? 0) - (b.indexes[1] ?? 0)));
  const counts = Object.fromEntries(QUALITY_KINDS.map((k) => [k, 0])) as Record<QualityKind, number>;
  for (const f of findings) counts[f.kind]++;
  const unlisted = overlaps.total - overlaps.findings.length;
  if (unlisted > 0) {
    counts.overlap += unlisted;
    const at = findings.findIndex((f) => order[f.kind] > order.overlap);
    findings.splice(at < 0 ? findings.length : at, 0, {
      kind: 'overlap',
      severity: 'warning',
      code: 'overlaps-not-listed',
      plotIds: [],
      indexes: [],
      rows: [],
      measure: unlisted,
      unit: 'pairs',
      message:
        `${unlisted} more overlapping pairs are not listed: the report lists the first ${settings.overlapListMax} found ` +
        `(of ${overlaps.total}); their plots are still marked on the map. So many usually means whole layers lie on top of each other`,
    });
  }
  for (const f of findings) for (const r of f.rows) problemRows[r] = 1;
  return { settings, counts, findings, problemRows };
}

/** A copy of the rows some problem concerns, as a 0/1 mask per row (what the viewer's map layer draws). */
export function qualityRowMask(report: QualityReport): Uint8Array {
  return report.problemRows.slice();
}
