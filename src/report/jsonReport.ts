import { OUTSIDE_SUBPARK, SCHEMA_VERSION, flagNamesOfMask, type AnalysisResult, type Block, type ConsolidationGroup, type InputIssue, type PlotTable } from '../schema/index.ts';
import { ChunkedText } from './chunkedText.ts';
import { exactJson, reportNumberReplacer, roundedJson } from './reportNumbers.ts';
import type { QualityReport } from '../quality/qualityFinding.ts';
import { qualityFindingJson } from './qualityCsv.ts';

export interface JsonReportOptions {
  /** Per-plot explanations (e.g. of each flag), added as `explanations` to every plot when given. */
  explain?: (row: number) => unknown;
  /** What was read (DOMAIN.md §9 `input`), written after `params` when given. */
  input?: unknown;
  /** The data-quality report (src/quality), written as a last member `quality` when given. */
  quality?: QualityReport;
}

/**
 * The JSON report of DOMAIN.md §6 as a stream of strings of about 1 Mi characters, so a million plots never
 * become one string. Keys: schemaVersion, asOf, params, input (what was read, when options.input is given), plots, blocks,
 * subparks, total, consolidation, issues, and `quality` ({ settings, counts, findings }) when options.quality is given.
 * One plot, block, group or issue per line. Numbers: see reportNumbers.ts.
 */
export function* jsonReportChunks(table: PlotTable, result: AnalysisResult, options: JsonReportOptions = {}): Generator<string> {
  yield* jsonReportHeadChunks(table, result, options);
  yield* jsonReportTailChunks(options.quality);
}

/**
 * The report up to (not including) the `quality` member and the closing brace: everything that
 * depends on the analysis alone, so a writer can stream it while the quality report is still being
 * computed (in a worker), then finish with jsonReportTailChunks. `options.quality` is not read.
 */
export function* jsonReportHeadChunks(table: PlotTable, result: AnalysisResult, options: Omit<JsonReportOptions, 'quality'> = {}): Generator<string> {
  const out = new ChunkedText();
  const ids = table.ids;
  const blockIds = result.blocks.map((b) => JSON.stringify(b.id));
  // Plots outside every sub-park: subparkId null (DOMAIN.md §4).
  const subparkIds = table.subparkKeys.map((k) => (k === OUTSIDE_SUBPARK ? 'null' : JSON.stringify(k)));
  const explain = options.explain;

  const section = (head: string, count: number, itemJson: (i: number) => string) => sectionChunks(out, head, count, itemJson);

  out.add(`{\n"schemaVersion": ${SCHEMA_VERSION},\n"asOf": ${JSON.stringify(result.asOf)},\n"params": ${JSON.stringify(result.params)},\n`);
  if (options.input !== undefined) out.add(`"input": ${JSON.stringify(options.input)},\n`);
  yield* section('"plots": ', table.count, (row) => plotJson(table, result, row, blockIds, subparkIds, explain));
  yield* section(',\n"blocks": ', result.blocks.length, (i) => blockJson(result.blocks[i], ids));
  yield* section(',\n"subparks": ', result.subparks.length, (i) => JSON.stringify(result.subparks[i], reportNumberReplacer));
  // A piece that fills up on a single add must be yielded too, or it would be lost.
  const piece = out.add(`,\n"total": ${JSON.stringify(result.total, reportNumberReplacer)}`);
  if (piece !== null) yield piece;
  yield* section(',\n"consolidation": ', result.consolidation.length, (i) => groupJson(result.consolidation[i], ids));
  yield* section(',\n"issues": ', result.issues.length, (i) => issueJson(result.issues[i]));
  yield out.take();
}

/** The rest of the report after jsonReportHeadChunks: the `quality` member when given, and the closing brace. */
export function* jsonReportTailChunks(quality: QualityReport | undefined): Generator<string> {
  const out = new ChunkedText();
  const section = (head: string, count: number, itemJson: (i: number) => string) => sectionChunks(out, head, count, itemJson);
  if (quality) {
    const head = out.add(`,\n"quality": {"settings": ${JSON.stringify(quality.settings)}, "counts": ${JSON.stringify(quality.counts)},\n`);
    if (head !== null) yield head;
    yield* section('"findings": ', quality.findings.length, (i) => qualityFindingJson(quality.findings[i]));
    const tail = out.add('}');
    if (tail !== null) yield tail;
  }
  const last = out.add('\n}\n');
  if (last !== null) yield last;
  yield out.take();
}

/** `"name": [` + one item per line + `]`, streamed through `out`. */
function* sectionChunks(out: ChunkedText, head: string, count: number, itemJson: (i: number) => string): Generator<string> {
  let piece = out.add(head + '[');
  if (piece !== null) yield piece;
  for (let i = 0; i < count; i++) {
    piece = out.add((i === 0 ? '\n' : ',\n') + itemJson(i));
    if (piece !== null) yield piece;
  }
  piece = out.add('\n]');
  if (piece !== null) yield piece;
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

/** `blockIds` and `subparkIds` are already JSON text. */
function plotJson(
  table: PlotTable,
  result: AnalysisResult,
  row: number,
  blockIds: string[],
  subparkIds: string[],
  explain?: (row: number) => unknown,
): string {
  const c = result.plots;
  const blockId = blockIds[c.blockIndex[row]] ?? 'null';
  let text =
    `{"id":${JSON.stringify(table.ids[row])},"subparkId":${subparkIds[table.subparkIndex[row]]}` +
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
