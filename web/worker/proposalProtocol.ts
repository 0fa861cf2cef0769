/** What crosses the worker boundary for a proposal (DOMAIN.md §8): a request, and the evaluation. */
import type { AnalysisParams, BalanceResult, LedgerRow, ProposalIssue, SubparkIndicators } from '../../src/index.ts';

/** Per-plot mark of the loaded plots: how the proposal moves the plot (MARK_DRAWN is for added land, which has no loaded row). */
export const MARK_NONE = 0;
export const MARK_OUT = 1;
export const MARK_IN = 2;
export const MARK_DRAWN = 3;

export interface ProposalRequest {
  requestId: number;
  /** Whose request (default 'mode'): a newer request supersedes older ones of the same channel only. */
  channel?: 'mode' | 'slide';
  /** The proposal as its file content (proposalJson), read again in the worker with readProposal. */
  proposalJson: unknown;
  asOf: string;
  params: AnalysisParams;
  /** Sub-park ids of the sub-parks file (known targets of an assign or add). */
  knownSubparkIds: string[];
  /** Approved area per sub-park id, shown beside the ledger. */
  approvedAreaKm2: [string, number][];
}

export interface ProposalFigures {
  /** The §6 rows of the sub-parks touched. */
  subparks: SubparkIndicators[];
  total: SubparkIndicators;
}

export interface ProposalEvaluation {
  requestId: number;
  ledger: LedgerRow[];
  balance: BalanceResult;
  /** In change order; null = outside every sub-park. */
  moved: { id: string; from: string | null; to: string | null; areaM2: number }[];
  before: ProposalFigures;
  after: ProposalFigures;
  /** The file's own problems (change -1), then each change's, as the CLI lists them. */
  issues: ProposalIssue[];
  /** One per loaded plot: MARK_NONE, MARK_OUT (leaves the proposal's sub-park or the zone), MARK_IN. Transferred. */
  marks: Uint8Array;
  /** The rows with a mark, ascending (transferred): the main thread walks these, never all the plots. */
  markedRows: Uint32Array;
  /** Plot ids the proposal names that the loaded plots do not have (listed, never dropped). */
  unknownPlotIds: string[];
  /** The proposal's baseline does not match the loaded plots (count or sha256). */
  baselineMismatch: boolean;
  durationMs: number;
}
