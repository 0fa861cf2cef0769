import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { featureCollectionText, PLOT_KEY_ORDER, SUBPARK_KEY_ORDER } from '../../scripts/sample/lib/geoJsonText.ts';
import { sampleMetadata } from '../../scripts/sample/sampleMetadata.ts';
import { generateSample } from '../../scripts/sample/sample.ts';
import { readPlots, readSubparks } from './sampleFiles.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('committed sample', () => {
  it('is exactly what the generator makes (regenerate with `npm run sample` after changing it)', () => {
    const sample = generateSample();
    const meta = sampleMetadata(sample.seed);
    expect(sha256(featureCollectionText(sample.subparks, SUBPARK_KEY_ORDER, meta))).toBe(sha256(readSubparks().text));
    expect(sha256(featureCollectionText([...sample.plots, ...sample.outside.plots], PLOT_KEY_ORDER, meta))).toBe(sha256(readPlots().text));
  });
});
