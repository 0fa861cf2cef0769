import { flagNamesOfMask, type AnalysisResult, type Block, type ConsolidationGroup, type InputIssue, type PlotTable } from '../schema/index.ts';
import { ChunkedText } from './chunkedText.ts';
import { exactJson, reportNumberReplacer, roundedJson } from './reportNumbers.ts';

export interface JsonReportOptions {
  /** Per-plot explanations (e.g. of each flag), added as `explanations` to every plot when given. */
  explain?: (row: number) => unknown;
}

/**
 * The JSON report of DOMAIN.md §6 as a stream of strings of about 64 KB, so a million plots never
 * become one string. Keys: asOf, params, plots, blocks, subparks, total, consolidation, issues.
 * One plot, block, group or issue per line. Numbers: see reportNumbers.ts.
 */
export function* jsonReportChunks(table: PlotTable, result: AnalysisResult, options: JsonReportOptions = {}): Generator<string> {
  const out = new ChunkedText();
  const emit = function* (text: string): Generator<string> {
    const piece = out.add(text);
    if (piece !== null) yield piece;
  };
  const ids = table.ids;
  const blockIds = result.blocks.map((b) => b.id);

  yield* emit(`{\n"asOf": ${JSON.stringify(result.asOf)},\n"params": ${JSON.stringify(result.params)},\n"plots": [`);
  for (let row = 0; row < table.count; row++) yield* emit((row === 0 ? '\n' : ',\n') + plotJson(table, result, row, blockIds, options.explain));
  yield* emit('\n],\n"blocks": [');
  for (let i = 0; i < result.blocks.length; i++) yield* emit((i === 0 ? '\n' : ',\n') + blockJson(result.blocks[i], ids));
  yield* emit('\n],\n"subparks": [');
  for (let i = 0; i < result.subparks.length; i++) {
    yield* emit((i === 0 ? '\n' : ',\n') + JSON.stringify(result.subparks[i], reportNumberReplacer));
  }
  yield* emit(`\n],\n"total": ${JSON.stringify(result.total, reportNumberReplacer)},\n"consolidation": [`);
  for (let i = 0; i < result.consolidation.length; i++) yield* emit((i === 0 ? '\n' : ',\n') + groupJson(result.consolidation[i], ids));
  yield* emit('\n],\n"issues": [');
  for (let i = 0; i < result.issues.length; i++) yield* emit((i === 0 ? '\n' : ',\n') + issueJson(result.issues[i]));
  yield* emit('\n]\n}\n');
  const rest = out.take();
  if (rest) yield rest;
}

/** `["flag-a","flag-b"]` per bitmask, built once per distinct mask. */
const flagListCache = new Map<number, string>();
function flagListJson(mask: number): string {
  let text = flagListCache.get(mask);
  if (text === undefined) {
    text = JSON.stringify(flagNamesOfMask(mask));
    flagListCache.set(mask, text);
  }
  return text;
}

function plotJson(table: PlotTable, result: AnalysisResult, row: number, blockIds: string[], explain?: (row: number) => unknown): string {
  const c = result.plots;
  const blockIndex = c.blockIndex[row];
  const blockId = blockIndex >= 0 && blockIndex < blockIds.length ? JSON.stringify(blockIds[blockIndex]) : 'null';
  let text =
    `{"id":${JSON.stringify(table.ids[row])},"subparkId":${JSON.stringify(table.subparkKeys[table.subparkIndex[row]])}` +
    `,"areaM2":${roundedJson(c.areaM2[row])},"blockId":${blockId}` +
    `,"far":${exactJson(c.far[row])},"otherShare":${exactJson(c.otherShare[row])},"amenityShare":${exactJson(c.amenityShare[row])}` +
    `,"potentialGfaM2":${roundedJson(c.potentialGfaM2[row])},"flags":${flagListJson(c.flags[row])}`;
  if (explain) text += `,"explanations":${JSON.stringify(explain(row), reportNumberReplacer) ?? 'null'}`;
  return text + '}';
}

function blockJson(block: Block, ids: string[]): string {
  return (
    `{"id":${JSON.stringify(block.id)},"subparkId":${JSON.stringify(block.subparkId)}` +
    `,"plotIds":${JSON.stringify(block.plotRows.map((r) => ids[r]))},"areaM2":${roundedJson(block.areaM2)}` +
    `,"isMain":${block.isMain},"distanceToMainM":${roundedJson(block.distanceToMainM)}}`
  );
}

function groupJson(group: ConsolidationGroup, ids: string[]): string {
  return (
    `{"id":${JSON.stringify(group.id)},"subparkId":${JSON.stringify(group.subparkId)}` +
    `,"plotIds":${JSON.stringify(group.plotRows.map((r) => ids[r]))},"areaM2":${roundedJson(group.areaM2)}}`
  );
}

function issueJson(issue: InputIssue): string {
  return JSON.stringify({
    index: issue.index,
    id: issue.id,
    severity: issue.severity,
    code: issue.code,
    field: issue.field,
    message: issue.message,
  });
}
