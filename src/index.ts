/** Public API of the ParkTwin core. web/ and scripts/ import from here only. */
export * from './schema/index.ts';
export { analyze, AnalysisOptionsError, type AnalyzeOptions, type AnalysisStage } from './analysis/analyze.ts';
export { resolveParams, type ParamsResult } from './analysis/params.ts';
export { PARAM_SOURCES, type ParamSource } from './analysis/paramSources.ts';
export { TARGET_MEASURES, targetStatuses, type TargetMeasure, type TargetStatus } from './analysis/targetMeasures.ts';
export { explainFlags, type FlagExplanation } from './analysis/explain.ts';
export { POLICY_CLAUSES } from './analysis/policyClauses.ts';
export { M2_PER_MU } from './analysis/indicators.ts';
export { CATEGORY_INDEX, ENTERPRISE_CATEGORIES } from './analysis/categories.ts';
export { parseIsoDay, dayToIso, dayOfYmd, addYears } from './validate/isoDay.ts';
export { shanghaiIsoDay } from './validate/shanghaiDay.ts';
export { createPlotTableBuilder, type PlotTableBuilder } from './validate/plotTableBuilder.ts';
export { defaultLandUseTable, landUseTableFromEntries, type LandUseTable } from './landuse/index.ts';
export { localProjection, projectLonLat, unprojectXY, type LocalProjection } from './geo/localProjection.ts';
export { geoJsonPolygonAreaM2 } from './geo/ringArea.ts';
export { pointInRingXY, signedAreaXY, type XY } from './geo/planarRing.ts';
export { groupOutline } from './analysis/groupOutline.ts';
export { validateSubparks } from './validate/validateSubparks.ts';
export { mergePlotTableParts, type PlotTablePart } from './validate/plotTableParts.ts';
export { plotPropertiesOfRow } from './validate/plotPropertiesOfRow.ts';
export { tableToFeatureCollection, plotFeatureOfRow } from './validate/tableToFeatureCollection.ts';
export * from './io/index.ts';
export * from './quality/index.ts';
export * from './report/index.ts';
// The reader's stages, which the splitter benchmark (scripts/bench/splitter.ts) measures one by one.
export { ArrayElementScanner } from './io/arrayElementScanner.ts';
export { FeatureDecoder } from './io/featureDecoder.ts';
