import type { AnalysisResult, PlotTable } from '../../src/index.ts';
import { analyzeAfterMoves, applyProposal, defaultLandUseTable, ledgerAreas, proposalBalance, proposalLedger, readProposal, ZONE_ROW } from './core.ts';
import { MARK_IN, MARK_OUT, type ProposalEvaluation, type ProposalFigures, type ProposalRequest } from './proposalProtocol.ts';

export interface ProposalInputs {
  table: PlotTable;
  /** The analysis of `table` with the request's as-of date and parameters (cached by the caller). */
  before: AnalysisResult;
  request: ProposalRequest;
  /** sha256 (hex) of the loaded plots file, when known. */
  plotsSha256: string | null;
}

/**
 * Applies the proposal to the loaded plots and analyses the result with the same engine as the
 * CLI's `propose` (scripts/cli/proposeCommand.ts), so the ledger and figures on screen equal its
 * output for the same file. The "after" analysis reuses the "before" one for the sub-parks the
 * proposal leaves alone (analyzeAfterMoves: equal to a full run, tested), so an edit costs the
 * spatial analysis of the sub-parks it touches plus linear passes. Per-plot marks come as one
 * Uint8Array for the map.
 */
export function proposalOfTable({ table, before, request, plotsSha256 }: ProposalInputs): ProposalEvaluation {
  const started = performance.now();
  const read = readProposal(request.proposalJson);
  if (!read.proposal) throw new Error(read.issues.find((i) => i.severity === 'error')?.message ?? 'not a proposal');
  const proposal = read.proposal;
  const applied = applyProposal(table, proposal, defaultLandUseTable(), request.knownSubparkIds, plotsSha256 ? { plotsSha256 } : {});
  const after = analyzeAfterMoves({ table, result: before }, applied.table, { asOf: request.asOf, params: request.params });
  const ledgerInput = {
    before: table,
    beforeAreaM2: before.plots.areaM2,
    after: applied.table,
    afterAreaM2: after.plots.areaM2,
    moved: applied.moved,
    approvedAreaKm2: new Map(request.approvedAreaKm2),
  };
  const ledger = proposalLedger(ledgerInput);
  const { areaOfMove } = ledgerAreas(ledgerInput);
  const touched = new Set(ledger.map((r) => r.subparkId).filter((id) => id !== ZONE_ROW));
  const marks = new Uint8Array(table.count);
  for (const m of applied.moved) {
    if (m.beforeRow < 0) continue;
    // Out: the plot leaves the proposing sub-park (or, without one, leaves the zone).
    const out = proposal.subparkId !== undefined ? m.from === proposal.subparkId : m.to === null;
    marks[m.beforeRow] = out ? MARK_OUT : MARK_IN;
  }
  const markedRows = Uint32Array.from(new Set(applied.moved.filter((m) => m.beforeRow >= 0).map((m) => m.beforeRow))).sort();
  const issues = [...read.issues.filter((i) => i.change === -1), ...applied.issues];
  return {
    requestId: request.requestId,
    ledger,
    balance: proposalBalance(ledger, before.params),
    // Each plot's area as the ledger counts it.
    moved: applied.moved.map((m) => ({ id: m.id, from: m.from, to: m.to, areaM2: areaOfMove(m) })),
    before: figuresOf(before, touched),
    after: figuresOf(after, touched),
    issues,
    marks,
    markedRows,
    unknownPlotIds: [...new Set(issues.filter((i) => i.code === 'unknown-plot' && i.id !== null).map((i) => i.id as string))],
    baselineMismatch: issues.some((i) => i.code === 'baseline-mismatch'),
    durationMs: performance.now() - started,
  };
}

function figuresOf(result: AnalysisResult, touched: ReadonlySet<string>): ProposalFigures {
  return { subparks: result.subparks.filter((s) => touched.has(s.subparkId)), total: result.total };
}
