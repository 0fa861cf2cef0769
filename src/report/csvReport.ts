import { flagNamesOfMask, type AnalysisResult, type PlotTable } from '../schema/index.ts';
import { ChunkedText } from './chunkedText.ts';
import { csvNumberCell, csvTextCell } from './csvCell.ts';

export const CSV_COLUMNS = ['id', 'subparkId', 'areaM2', 'far', 'otherShare', 'amenityShare', 'potentialGfaM2', 'blockId', 'flags'] as const;

/** An area rounded to 0.01, or '' when not applicable. */
function areaCell(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '';
}

/** A share or FAR in full precision (see reportNumbers.ts), or '' when not applicable. */
const exactCell = csvNumberCell;

/**
 * The CSV report (DOMAIN.md §6): a header row, then one row per plot with flags joined by `;`.
 * UTF-8 with a byte-order mark so that Excel shows Chinese, CRLF line ends and quoting as in
 * RFC 4180, formula-looking text guarded (csvCell.ts). Streamed as strings of about 1 Mi characters.
 */
export function* csvReportChunks(table: PlotTable, result: AnalysisResult): Generator<string> {
  const out = new ChunkedText();
  const c = result.plots;
  const blockCells = result.blocks.map((b) => csvTextCell(b.id));
  const subparkCells = table.subparkKeys.map(csvTextCell);
  const flagCells = new Map<number, string>();
  out.add('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
  for (let row = 0; row < table.count; row++) {
    const mask = c.flags[row];
    let flags = flagCells.get(mask);
    if (flags === undefined) {
      flags = csvTextCell(flagNamesOfMask(mask).join(';'));
      flagCells.set(mask, flags);
    }
    const line =
      `${csvTextCell(table.ids[row])},${subparkCells[table.subparkIndex[row]]},${areaCell(c.areaM2[row])}` +
      `,${exactCell(c.far[row])},${exactCell(c.otherShare[row])},${exactCell(c.amenityShare[row])}` +
      `,${areaCell(c.potentialGfaM2[row])},${blockCells[c.blockIndex[row]] ?? ''},${flags}\r\n`;
    const piece = out.add(line);
    if (piece !== null) yield piece;
  }
  const rest = out.take();
  if (rest) yield rest;
}
