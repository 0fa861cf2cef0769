import { proposalJson, type Proposal } from '../../src/index.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import type { ProposalRequest } from '../worker/proposalProtocol.ts';

/** The worker request that evaluates a proposal against the loaded plots, at the analysis's as-of date and parameters. */
export function proposalRequestOf(proposal: Proposal, requestId: number, channel: ProposalRequest['channel'] = 'mode'): ProposalRequest {
  const { asOf, params } = useAnalysisStore.getState();
  const subparks = useDataStore.getState().subparks?.subparks ?? [];
  return {
    requestId,
    channel,
    proposalJson: proposalJson(proposal),
    asOf,
    params,
    knownSubparkIds: subparks.map((s) => s.id),
    approvedAreaKm2: subparks.flatMap((s) => (s.approvedAreaKm2 === null ? [] : [[s.id, s.approvedAreaKm2] as [string, number]])),
  };
}
