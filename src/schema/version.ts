/**
 * Version of the shapes this core reads and writes (PlotTable, AnalysisResult, the JSON report).
 * Bump it when a field changes meaning or is removed, so saved reports and viewer state from
 * another version are recognised instead of misread; adding a field does not need a bump.
 */
export const SCHEMA_VERSION = 1;
