import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLandUseTable, qualityReport } from '../../src/index.ts';
import { startQualityReport } from '../../scripts/cli/qualityInWorker.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';
import { tableOf } from '../helpers/tableOf.ts';
import { plotFeature, rect } from '../quality/metrePolygons.ts';
import { REPO } from './runCli.ts';

/** The quality fixture (one finding of every kind) and 300 random boxes, many overlapping, a few twice. */
function features(): unknown[] {
  const fixture = JSON.parse(readFileSync(join(REPO, 'tests/fixtures/browser/plots-quality.geojson'), 'utf8')) as { features: unknown[] };
  const rand = mulberry32(11);
  const boxes: unknown[] = [];
  for (let i = 0; i < 300; i++) {
    const x = 1000 + rand() * 2000, y = rand() * 2000, w = 20 + rand() * 200, h = 20 + rand() * 200;
    boxes.push(plotFeature(`R${i}`, [rect(x, y, x + w, y + h)], i % 50 === 0 ? 'XX1' : '100101'));
    if (i % 60 === 0) boxes.push(plotFeature(`R${i}-copy`, [rect(x, y, x + w, y + h)]));
  }
  return [...fixture.features, ...boxes];
}

describe('startQualityReport', () => {
  it('gives the same report from the worker thread as qualityReport on the main thread', async () => {
    const { table, issues } = tableOf(features());
    const expected = qualityReport(table, { landUse: defaultLandUseTable(), issues });
    expect(expected.counts.overlap).toBeGreaterThan(100);
    expect(expected.counts['duplicate-geometry']).toBeGreaterThan(1);
    const inWorker = await startQualityReport(table, issues, 0).report();
    expect(inWorker).toEqual(expected);
    const inline = await startQualityReport(table, issues, table.count + 1).report();
    expect(inline).toEqual(expected);
  }, 30_000);

  it('stops the worker when cancelled', async () => {
    const { table, issues } = tableOf(features());
    const pending = startQualityReport(table, issues, 0);
    pending.cancel();
    await expect(pending.report()).rejects.toThrow(/stopped/);
  }, 30_000);
});
