import { describe, expect, it } from 'vitest';
import { defaultLandUseTable, jsonReportChunks, qualityReport, type QualityFinding, type QualityReport } from '../../src/index.ts';
import { zizhuResult } from './zizhuResult.ts';

function syntheticQuality(findingCount: number): QualityReport {
  const findings: QualityFinding[] = Array.from({ length: findingCount }, (_, i) => ({
    kind: 'overlap',
    severity: 'warning',
    code: 'overlap',
    plotIds: [`a${i}`, `b${i}`],
    indexes: [2 * i, 2 * i + 1],
    rows: [2 * i, 2 * i + 1],
    measure: i + 0.5,
    unit: 'm2',
    message: `plots a${i} and b${i} overlap by ${i + 0.5} m² — 重叠`,
  }));
  return {
    settings: { overlapMinM2: 1, sliverMaxWidthM: 2, overlapListMax: 100_000 },
    counts: { 'invalid-geometry': 0, 'repaired-geometry': 0, 'duplicate-geometry': 0, overlap: findingCount, sliver: 0, 'unknown-land-use': 0 },
    findings,
    problemRows: new Uint8Array(2 * findingCount).fill(1),
  };
}

describe('jsonReportChunks: the quality member', () => {
  it('is absent unless given, and last when given, with rows kept internal', async () => {
    const { table, result } = await zizhuResult();
    expect(Object.keys(JSON.parse([...jsonReportChunks(table, result)].join('')))).not.toContain('quality');
    const quality = qualityReport(table, { landUse: defaultLandUseTable(), issues: result.issues });
    const report = JSON.parse([...jsonReportChunks(table, result, { quality })].join(''));
    expect(Object.keys(report).at(-1)).toBe('quality');
    expect(report.quality.settings).toEqual(quality.settings);
    expect(report.quality.counts).toEqual(quality.counts);
    expect(report.quality.findings).toHaveLength(quality.findings.length);
    for (const f of report.quality.findings) expect(Object.keys(f)).toEqual(['kind', 'severity', 'code', 'plotIds', 'indexes', 'measure', 'unit', 'message']);
  });

  it('streams many findings in pieces that join to valid JSON, losing nothing', async () => {
    const { table, result } = await zizhuResult();
    // Enough for several pieces of ~1 Mi characters (ChunkedText).
    const quality = syntheticQuality(30_000);
    const pieces = [...jsonReportChunks(table, result, { quality })];
    expect(pieces.length).toBeGreaterThan(3);
    const report = JSON.parse(pieces.join(''));
    expect(report.quality.findings).toHaveLength(30_000);
    expect(report.quality.findings[29_999].plotIds).toEqual(['a29999', 'b29999']);
    expect(report.issues).toHaveLength(result.issues.length);
  });
});
