import type { PlotTable } from '../schema/index.ts';
import type { QualityFinding } from './qualityFinding.ts';
import { overlapIndex, overlapPairsInRows, type OverlapPairs } from './overlapPairs.ts';
import type { TableInMetres } from './tableInMetres.ts';

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The finding for plots a and b overlapping by `overlap` m², the earlier one in the input first. */
function overlapFinding(table: PlotTable, areaM2: Float64Array, a: number, b: number, overlap: number): QualityFinding {
  const aFirst = table.sourceIndex[a] <= table.sourceIndex[b];
  const first = aFirst ? a : b, second = aFirst ? b : a;
  const idA = table.ids[first], idB = table.ids[second];
  const shareA = Math.round((overlap / areaM2[first]) * 100);
  const shareB = Math.round((overlap / areaM2[second]) * 100);
  const measure = round2(overlap);
  return {
    kind: 'overlap',
    severity: 'warning',
    code: 'overlap',
    plotIds: [idA, idB],
    indexes: [table.sourceIndex[first], table.sourceIndex[second]],
    rows: [first, second],
    measure,
    unit: 'm2',
    message: `plots ${idA} and ${idB} overlap by ${measure} m² (${shareA}% of ${idA}, ${shareB}% of ${idB}); the overlap counts in both plots' areas`,
  };
}

/**
 * Pairs of plots whose interiors overlap by at least `minM2` (overlapPairs.ts), as findings in the
 * order found. `skipPair(a, b)` leaves out pairs reported otherwise (duplicates); `areaM2[p]` is
 * each plot's own area, for the share in the message. Every overlapping plot is marked in
 * `problemRows`; at most `listMax` overlaps become findings, `total` counts them all.
 */
export function findOverlaps(
  table: PlotTable,
  metres: TableInMetres,
  areaM2: Float64Array,
  minM2: number,
  skipPair: (a: number, b: number) => boolean,
  listMax: number,
  problemRows: Uint8Array,
): { findings: QualityFinding[]; total: number } {
  const n = table.count;
  if (n < 2) return { findings: [], total: 0 };
  const index = overlapIndex(metres.bboxes, n);
  const pairs = overlapPairsInRows(table, metres.xy, metres.bboxes, index, minM2, skipPair, listMax, problemRows, 0, n);
  return { findings: overlapFindings(table, areaM2, pairs), total: pairs.total };
}

/** The findings for listed overlapping pairs, in their order. */
export function overlapFindings(table: PlotTable, areaM2: Float64Array, pairs: OverlapPairs): QualityFinding[] {
  const findings: QualityFinding[] = [];
  for (let i = 0; i < pairs.rowsA.length; i++) findings.push(overlapFinding(table, areaM2, pairs.rowsA[i], pairs.rowsB[i], pairs.overlapM2[i]));
  return findings;
}
