import type { Proposal } from '../../src/index.ts';
import { plotsWorker } from '../worker/client.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { proposalRequestOf } from '../proposal/proposalRequest.ts';
import { useHighlightStore, type SlideProposal } from './storyStore.ts';
import { proposalLegendEntries } from '../proposal/proposalLegendEntries.ts';
import type { LegendEntry } from '../panels/legendEntries.ts';

let latestRequestId = 0;

/**
 * Puts a slide's proposal on show and applies it in the worker to the loaded plots (the same
 * evaluation as proposal mode: marks for the map, ledger and after-figures for the cards).
 * Resolves once the evaluation is in, or has failed (the failure is kept for the cards to say);
 * a later slide supersedes an earlier one still being evaluated.
 */
export async function showSlideProposal(proposal: Proposal | null): Promise<void> {
  const requestId = ++latestRequestId;
  const current = useHighlightStore.getState().proposal;
  if (proposal && current?.proposal === proposal && current.evaluation) return;
  useHighlightStore.setState({ proposal: proposal ? { proposal, evaluation: null, error: null } : null });
  if (!proposal || useDataStore.getState().status !== 'ready') return;
  const stillShown = () => requestId === latestRequestId && useHighlightStore.getState().proposal?.proposal === proposal;
  try {
    const evaluation = await plotsWorker().proposal(proposalRequestOf(proposal, requestId, 'slide'));
    if (evaluation && stillShown()) useHighlightStore.setState({ proposal: { proposal, evaluation, error: null } });
  } catch (error) {
    if (stillShown()) useHighlightStore.setState({ proposal: { proposal, evaluation: null, error: error instanceof Error ? error.message : String(error) } });
  }
}

/** Legend rows for the proposal a slide shows (out / in / drawn with their counts), none before its evaluation. */
export function slideProposalLegend(shown: SlideProposal | null, t: (key: string) => string): LegendEntry[] {
  if (!shown?.evaluation) return [];
  const drawnCount = shown.proposal.changes.filter((c) => c.op === 'add').length;
  return proposalLegendEntries(shown.evaluation.marks, drawnCount, t, shown.evaluation.markedRows);
}
