import type { QualityTable } from './qualityTable.ts';
import type { LandUseTable } from '../landuse/landUseTable.ts';
import type { QualityFinding } from './qualityFinding.ts';

/** Ids listed in a message; the finding itself carries all of them. */
const IDS_IN_MESSAGE = 5;

/**
 * Land-use codes the table does not know, and plots without a code: one finding per code with
 * the count of plots using it (those plots are analysed as category `other`).
 */
export function findUnknownLandUse(table: QualityTable, landUse: LandUseTable): QualityFinding[] {
  const known = new Map<string, boolean>();
  const rowsByCode = new Map<string, number[]>();
  for (let p = 0; p < table.count; p++) {
    const code = table.landUseCodes[p];
    let ok = known.get(code);
    if (ok === undefined) {
      ok = code !== '' && landUse.lookup(code) !== undefined;
      known.set(code, ok);
    }
    if (ok) continue;
    const rows = rowsByCode.get(code);
    if (rows) rows.push(p);
    else rowsByCode.set(code, [p]);
  }
  const codes = [...rowsByCode.keys()].sort((a, b) => rowsByCode.get(b)!.length - rowsByCode.get(a)!.length || (a < b ? -1 : a > b ? 1 : 0));
  return codes.map((code) => {
    const rows = rowsByCode.get(code)!;
    const ids = rows.map((r) => table.ids[r]);
    const listed = ids.slice(0, IDS_IN_MESSAGE).join(', ') + (ids.length > IDS_IN_MESSAGE ? ', …' : '');
    const what = code === '' ? 'have no land-use code' : `use land-use code ${JSON.stringify(code)}, which is not in the land-use table`;
    return {
      kind: 'unknown-land-use',
      severity: 'warning',
      code,
      plotIds: ids,
      indexes: rows.map((r) => table.sourceIndex[r]),
      rows,
      measure: rows.length,
      unit: 'plots',
      message: `${rows.length} plot(s) ${what}; analysed as category "other" (${listed})`,
    } satisfies QualityFinding;
  });
}
