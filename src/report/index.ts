export * from './jsonReport.ts';
export * from './csvReport.ts';
export * from './csvCell.ts';
export * from './reportNumbers.ts';
export * from './qualityCsv.ts';
