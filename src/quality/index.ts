export * from './qualityFinding.ts';
export { qualityReport, qualityRowMask, DEFAULT_QUALITY_SETTINGS, type QualityOptions } from './qualityReport.ts';
export { overlapAreaM2 } from './overlapArea.ts';
export { GEOMETRY_REPAIR_CODES } from './geometryIssueFindings.ts';
export { qualityGeometryTableOf, type QualityTable, type QualityGeometryTable } from './qualityTable.ts';
export { qualityReportOf, qualitySettingsOf } from './qualityReport.ts';
export { qualityGeometry, qualityGeometryTransfer, type QualityGeometry } from './qualityGeometry.ts';
