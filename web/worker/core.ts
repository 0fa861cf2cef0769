/**
 * The only door from the viewer's worker into the domain core (src/). When src/index.ts lands,
 * these re-exports switch to it and nothing else in web/ changes.
 */
export { analyze } from '../../src/analysis/analyze.ts';
export { explainFlags, type FlagExplanation } from '../../src/analysis/explain.ts';
export { defaultLandUseTable, type LandUseTable } from '../../src/landuse/landUseTable.ts';
export { readPlots } from './interimReadPlots.ts';
