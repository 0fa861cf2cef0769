export * from './qualityFinding.ts';
export { qualityReport, qualityRowMask, DEFAULT_QUALITY_SETTINGS, type QualityOptions } from './qualityReport.ts';
export { overlapAreaM2 } from './overlapArea.ts';
export { GEOMETRY_REPAIR_CODES } from './geometryIssueFindings.ts';
