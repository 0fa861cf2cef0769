import type { QualityTable } from './qualityTable.ts';
import type { QualityFinding } from './qualityFinding.ts';
import type { OverlapPairs } from './overlapPairs.ts';

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The finding for plots a and b overlapping by `overlap` m², the earlier one in the input first. */
function overlapFinding(table: QualityTable, areaM2: Float64Array, a: number, b: number, overlap: number): QualityFinding {
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
 * The findings for the listed overlapping pairs (overlapPairs.ts), in their order; `areaM2[p]` is
 * each plot's own area, for the share in the message.
 */
export function overlapFindings(table: QualityTable, areaM2: Float64Array, pairs: OverlapPairs): QualityFinding[] {
  const findings: QualityFinding[] = [];
  for (let i = 0; i < pairs.rowsA.length; i++) findings.push(overlapFinding(table, areaM2, pairs.rowsA[i], pairs.rowsB[i], pairs.overlapM2[i]));
  return findings;
}
