export * from './landUseTable.ts';
export * from './landUseEntries.ts';
