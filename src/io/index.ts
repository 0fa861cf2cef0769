export * from './readError.ts';
export * from './featureSink.ts';
export * from './formatDriver.ts';
export * from './drivers.ts';
export * from './geoJsonDrivers.ts';
export * from './geoJsonReader.ts';
export * from './readPlots.ts';
export * from './chunks.ts';
