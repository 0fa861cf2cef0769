/**
 * Generates the embedded sample (示例数据，非官方) into data/sample/:
 *
 *   npm run sample                       # default seed
 *   npx tsx scripts/sample/generate.ts --seed other --out /tmp/sample
 *
 * Same seed, same bytes. Reads only data/basemap (committed); no network.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { featureCollectionText, PLOT_KEY_ORDER, SUBPARK_KEY_ORDER } from './lib/geoJsonText.ts';
import { sampleMetadata } from './sampleMetadata.ts';
import { DEFAULT_SEED, generateSample } from './sample.ts';
import { sampleProposals } from './proposals/sampleProposals.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    out: { type: 'string', default: join(import.meta.dirname, '../../data/sample') },
  },
});

const t0 = performance.now();
const sample = generateSample({ seed: values.seed });
const seconds = (performance.now() - t0) / 1000;
const meta = sampleMetadata(sample.seed);
const files = {
  'subparks.geojson': featureCollectionText(sample.subparks, SUBPARK_KEY_ORDER, meta),
  'plots.geojson': featureCollectionText([...sample.plots, ...sample.outside.plots], PLOT_KEY_ORDER, meta),
};
mkdirSync(values.out, { recursive: true });
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(values.out, name), text);
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  console.log(`${name}: ${(raw / 1e6).toFixed(2)} MB raw, ${(gz / 1e6).toFixed(2)} MB gzip`);
}
const proposals = sampleProposals([...sample.plots, ...sample.outside.plots], files['plots.geojson'], sample.subparks, sample.outside.spare);
mkdirSync(join(values.out, 'proposals'), { recursive: true });
for (const [name, text] of proposals) writeFileSync(join(values.out, 'proposals', name), text);
console.log(`proposals: ${[...proposals.keys()].join(', ')}`);
console.log(`${sample.subparks.length} sub-parks, ${sample.plots.length} plots and ${sample.outside.plots.length} outside them, generated in ${seconds.toFixed(1)} s`);
