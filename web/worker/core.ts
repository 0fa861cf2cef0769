/**
 * The only door from the viewer's worker into the domain core. Everything comes through the public
 * index (src/index.ts) except the streaming reader, which is imported from src/io until the index
 * exports it.
 */
export { analyze, explainFlags, defaultLandUseTable, type FlagExplanation, type LandUseTable } from '../../src/index.ts';
export { readPlots } from '../../src/io/readPlots.ts';
