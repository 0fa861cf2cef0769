import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  analyze,
  applyProposal,
  defaultLandUseTable,
  proposalBalance,
  proposalLedger,
  readProposal,
  reportNumberReplacer,
  validateSubparks,
  ZONE_ROW,
  type AnalysisParams,
  type AnalysisResult,
  type InputIssue,
  type Proposal,
  type ProposalIssue,
} from '../../src/index.ts';
import { asOfDate } from './asOf.ts';
import { readInput, type CliStreams } from './analyzeCommand.ts';
import { CliError, EXIT_OK } from './cliError.ts';
import { fileErrorReason } from './fileErrorReason.ts';
import { paramsFromFile } from './paramsFile.ts';
import { openPlotsInput } from './plotsInput.ts';
import type { ProposeArgs } from './proposeArgs.ts';
import { SILENT_PROGRESS } from './progress.ts';
import { ReportFile, writeChunks } from './writeReport.ts';
import { SCHEMA_VERSION } from '../../src/index.ts';

/**
 * `propose <plots> <proposal.json>` (DOMAIN.md §8): applies the proposal, analyses the plots before
 * and after with the same engine, and writes the ledger, the balance and both analyses' figures of
 * the sub-parks touched. Exit 0 whenever it ran, balanced or not; 2 when a file cannot be read.
 */
export async function runPropose(args: ProposeArgs, streams: CliStreams): Promise<number> {
  const asOf = asOfDate(args.asOf);
  const params = args.configPath ? await paramsFromFile(args.configPath) : undefined;
  const proposal = await proposalFromFile(args.proposalPath);
  const subparks = args.subparksPath ? await subparksFromFile(args.subparksPath) : { ids: [], approved: new Map<string, number>(), issues: [] };
  const input = await openPlotsInput(args.plotsPath);
  const out = args.outPath ? await ReportFile.open(args.outPath) : undefined;
  try {
    const hash = createHash('sha256');
    const read = await readInput(input.name, hashed(input.chunks, hash), input.totalBytes, SILENT_PROGRESS, 1, {});
    const applied = applyProposal(read.table, proposal.proposal, defaultLandUseTable(), subparks.ids, { plotsSha256: hash.digest('hex') });
    const before = analyze(read.table, { asOf, params, issues: read.issues });
    const after = analyze(applied.table, { asOf, params });
    const ledger = proposalLedger({
      before: read.table,
      beforeAreaM2: before.plots.areaM2,
      after: applied.table,
      afterAreaM2: after.plots.areaM2,
      moved: applied.moved,
      approvedAreaKm2: subparks.approved,
    });
    const touched = new Set(ledger.map((r) => r.subparkId).filter((id) => id !== ZONE_ROW));
    const report = {
      schemaVersion: SCHEMA_VERSION,
      asOf,
      params: before.params,
      proposal: { id: proposal.proposal.id, title: proposal.proposal.title, state: proposal.proposal.state },
      ledger,
      balance: proposalBalance(ledger, before.params),
      moved: applied.moved.map(({ id, from, to }) => ({ id, from, to })),
      before: figuresOf(before, touched),
      after: figuresOf(after, touched),
      // A change's problems come from applying it (which reads it again), the file's from reading it.
      issues: [...read.issues.map(plotIssue), ...subparks.issues, ...proposal.issues.filter((i) => i.change === -1).map(changeIssue), ...applied.issues.map(changeIssue)],
    };
    const text = JSON.stringify(report, reportNumberReplacer, 1) + '\n';
    if (out) await out.write([text]);
    else await writeChunks(streams.stdout, [text]);
    if (!args.quiet) streams.stderr.write(summary(report.moved.length, report.balance.ok, params ?? before.params, report.issues.length, args.outPath) + '\n');
    return EXIT_OK;
  } catch (error) {
    await out?.discard();
    throw error;
  }
}

async function* hashed(chunks: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>): AsyncIterable<Uint8Array> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

async function jsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the ${what} ${path}: ${fileErrorReason(error)}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(`cannot read the ${what} ${path}: not valid JSON (${reason})`);
  }
}

async function proposalFromFile(path: string): Promise<{ proposal: Proposal; issues: ProposalIssue[] }> {
  const read = readProposal(await jsonFile(path, 'proposal file'));
  if (read.proposal === null) {
    const why = read.issues.find((i) => i.severity === 'error')?.message ?? 'not a proposal';
    throw new CliError(`cannot read the proposal file ${path}: ${why}`);
  }
  return { proposal: read.proposal, issues: read.issues };
}

async function subparksFromFile(path: string): Promise<{ ids: string[]; approved: Map<string, number>; issues: unknown[] }> {
  const { subparks, issues } = validateSubparks(await jsonFile(path, 'sub-parks file'));
  const fatal = issues.find((i) => i.index === -1 && i.severity === 'error');
  if (fatal) throw new CliError(`cannot read the sub-parks file ${path}: ${fatal.message}`);
  const approved = new Map<string, number>();
  for (const s of subparks) if (Number.isFinite(s.properties.approvedAreaKm2)) approved.set(s.properties.id, s.properties.approvedAreaKm2);
  // Sub-park file problems keep their feature index; `source` tells them from the plots file's.
  return { ids: subparks.map((s) => s.properties.id), approved, issues: issues.map((i) => ({ source: 'subparks', ...plotIssue(i) })) };
}

/** The §6 sub-park rows of the sub-parks touched, and the whole input's total row. */
function figuresOf(result: AnalysisResult, touched: ReadonlySet<string>) {
  return { subparks: result.subparks.filter((s) => touched.has(s.subparkId)), total: result.total };
}

function plotIssue(i: InputIssue) {
  return { index: i.index, id: i.id, severity: i.severity, code: i.code, field: i.field, message: i.message };
}

function changeIssue(i: ProposalIssue) {
  return { change: i.change, id: i.id, severity: i.severity, code: i.code, field: i.field, message: i.message };
}

function summary(moved: number, ok: boolean, params: AnalysisParams, issues: number, outPath?: string): string {
  const rule = `${params.balanceScope}/${params.balanceMode}, tolerance ${params.balanceToleranceM2} m²`;
  return `parktwin: ${moved} plots moved, balance ${ok ? 'holds' : 'broken'} (${rule}), ${issues} issues` + (outPath ? ` → ${outPath}` : '');
}
