import type { ProposalEvaluation } from '../worker/proposalProtocol.ts';
import { TOP_N } from './briefFigures.ts';

/**
 * The plots a proposal moves, largest first, at most `limit`, for a briefing page: each with where it
 * leaves and where it goes (null = outside every sub-park) and its area as the ledger counts it.
 */
export function movedPlotRows(evaluation: ProposalEvaluation, limit = TOP_N): { rows: ProposalEvaluation['moved']; total: number } {
  const rows = [...evaluation.moved].sort((a, b) => b.areaM2 - a.areaM2 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rows: rows.slice(0, limit), total: rows.length };
}
