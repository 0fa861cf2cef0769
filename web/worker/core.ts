/**
 * The only door from the viewer's worker into the domain core, through its public index
 * (src/index.ts), so the worker bundle holds only what it names here.
 */
export { analyze, analyzeAfterMoves, explainFlags, defaultLandUseTable, readPlots, setGeoPackageWasmUrl, type FlagExplanation, type LandUseTable } from '../../src/index.ts';
export { parseFeatureBatch, batchReplyOf, buffersOf, createBatchWorkerPool, ParseWorkerError } from '../../src/index.ts';
export type { BatchRequest, BatchReply, BatchWorkerPool, BatchWorkerPort } from '../../src/index.ts';
export { qualityReport, qualityRowMask, qualityCsvText, type QualityReport } from '../../src/index.ts';
export { applyProposal, ledgerAreas, proposalLedger, proposalBalance, readProposal, suggestProposal, ZONE_ROW, type Proposal } from '../../src/index.ts';
export { inspectInput, readPlotsWith, warmFeatures, type DecodedLayerHold, type ImportFile, type InputInspection } from '../../src/index.ts';
