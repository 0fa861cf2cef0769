export * from './proposal.ts';
export { proposalJson } from './proposalJson.ts';
export { readProposal, PROPOSAL_UPGRADES, type ReadProposalResult } from './readProposal.ts';
export { applyProposal, MAX_OVERLAP_M2, type ApplyResult, type ApplyOptions, type MovedPlot } from './applyProposal.ts';
export { proposalLedger, proposalBalance, ledgerAreas, ZONE_ROW, type LedgerRow, type LedgerInput, type BalanceResult } from './ledger.ts';
export { suggestProposal, type Suggestion, type SuggestedCandidate, type SuggestOptions } from './suggestProposal.ts';
export { drawnLandRefusal, firstOverlapOfAdded, type DrawnLandRefusal, type AddedOverlap } from './addedLand.ts';
export { plotBoxes, type PlotShapes } from './plotOverlap.ts';
