import { describe, expect, it } from 'vitest';
import { featureJson, syntheticFeatures } from '../../scripts/synthetic/syntheticFeatures.ts';
import { plotCountsBySubpark } from '../../scripts/synthetic/subparks.ts';
import { readPlots } from '../../src/io/index.ts';
import { defaultLandUseTable } from '../../src/landuse/landUseTable.ts';

async function* linesCollection(text: string[]): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(`{"type":"FeatureCollection","features":[\n${text.join(',\n')}\n]}`);
}

describe('synthetic plots (benchmark input)', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = [...syntheticFeatures(300, 7)].map((f) => featureJson(f, false));
    const b = [...syntheticFeatures(300, 7)].map((f) => featureJson(f, false));
    const c = [...syntheticFeatures(300, 8)].map((f) => featureJson(f, false));
    expect(a).toHaveLength(300);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('spread over all 23 sub-parks in proportion to area, exactly N in all', () => {
    const counts = plotCountsBySubpark(1_000_000);
    expect(counts).toHaveLength(23);
    expect(counts.reduce((s, n) => s + n, 0)).toBe(1_000_000);
    expect(Math.min(...counts)).toBeGreaterThan(3_000);
  });

  it('pass validation without errors, pretty-printed or not', async () => {
    for (const pretty of [false, true]) {
      const text = [...syntheticFeatures(2_000, 3)].map((f) => featureJson(f, pretty));
      const { table, issues } = await readPlots(linesCollection(text), { landUse: defaultLandUseTable() });
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(table.count).toBe(2_000);
    }
  });
});
