export * from './plot.ts';
export * from './subpark.ts';
export * from './issue.ts';
export * from './params.ts';
export * from './flags.ts';
export * from './landuse.ts';
export * from './plotTable.ts';
export * from './analysisResult.ts';
