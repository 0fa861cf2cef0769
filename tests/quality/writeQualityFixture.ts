/**
 * Writes tests/fixtures/browser/plots-quality.geojson: plots laid out in metres about a point of
 * the Zizhu fixture sub-park, with known problems and hand-computed sizes. Run on purpose:
 * `npx tsx tests/quality/writeQualityFixture.ts`, then review the diff.
 *
 * - Q-A [0,100]² and Q-B [60,160]×[50,150] overlap by 40 × 50 = 2000 m²
 * - Q-C and Q-D have the same outline, [300,400]×[0,80] (duplicate, 8000 m²)
 * - Q-S is a sliver, 200 m × 1 m: mean width 2 × 200 / 402 = 0.995 m
 * - Q-U uses an unknown land-use code XX9
 * - Q-BOW is a bow-tie (self-intersection: left out); Q-CW is wound clockwise (reversed, kept)
 * - Q-OK has nothing wrong
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localProjection, unprojectXY } from '../../src/index.ts';
import { rect } from './metrePolygons.ts';

const ORIGIN = localProjection(121.47, 31.024);
const lonLat = (ring: number[][]) => ring.map(([x, y]) => unprojectXY(ORIGIN, x, y));

function plot(id: string, ring: number[][], landUse = '100101'): unknown {
  return { type: 'Feature', properties: { id, subparkId: 'zizhu', landUse, name: id }, geometry: { type: 'Polygon', coordinates: [lonLat(ring)] } };
}

const features = [
  plot('Q-A', rect(0, 0, 100, 100)),
  plot('Q-B', rect(60, 50, 160, 150), '0802'),
  plot('Q-C', rect(300, 0, 400, 80)),
  plot('Q-D', rect(300, 0, 400, 80)),
  plot('Q-S', rect(0, -200, 200, -199), '1402'),
  plot('Q-U', rect(500, 0, 600, 100), 'XX9'),
  plot('Q-BOW', [[-300, 0], [-200, 100], [-200, 0], [-300, 100], [-300, 0]]),
  plot('Q-CW', rect(-300, -200, -200, -100).reverse()),
  plot('Q-OK', rect(-500, 0, -400, 100)),
];
const path = join(import.meta.dirname, '../fixtures/browser/plots-quality.geojson');
writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }, null, 1) + '\n');
console.log(`wrote ${path}`);
