/**
 * Writes the golden-case inputs tests/analysis/in/<name>.geojson from scripts/golden/cases.ts.
 * Run on purpose when a case changes: `npx tsx scripts/golden/writeCases.ts`; then
 * `UPDATE_GOLDEN=1 npx vitest run tests/analysis` rewrites the expected outputs, which must be reviewed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { CASES } from './cases.ts';

const dir = new URL('../../tests/analysis/in/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const c of CASES) {
  const collection = {
    type: 'FeatureCollection',
    parktwin: { description: c.description, asOf: c.asOf, params: c.params ?? {}, expectFlags: c.expectFlags, expectBlocks: c.expectBlocks, expectGroups: c.expectGroups },
    features: c.features,
  };
  writeFileSync(new URL(`${c.name}.geojson`, dir), JSON.stringify(collection, null, 1) + '\n');
}
console.log(`wrote ${CASES.length} cases`);
