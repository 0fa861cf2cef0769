export * from './plotTableBuilder.ts';
export * from './plotPropertiesOfRow.ts';
export * from './tableToFeatureCollection.ts';
export * from './isoDay.ts';
export * from './validateSubparks.ts';
