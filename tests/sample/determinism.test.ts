import { describe, expect, it } from 'vitest';
import { featureLine, PLOT_KEY_ORDER, SUBPARK_KEY_ORDER } from '../../scripts/sample/lib/geoJsonText.ts';
import { generateSample, PLACEMENT_ORDER } from '../../scripts/sample/sample.ts';
import { readPlots, readSubparks } from './sampleFiles.ts';

// The first sub-parks placed do not depend on the others, so they can be regenerated alone (fast).
const FIRST = 2;

describe('sample generation', () => {
  it('is reproducible: same seed, same bytes, equal to the committed file', () => {
    const a = generateSample({ firstPlaced: FIRST });
    const b = generateSample({ firstPlaced: FIRST });
    const linesA = a.plots.map((f) => featureLine(f, PLOT_KEY_ORDER));
    const linesB = b.plots.map((f) => featureLine(f, PLOT_KEY_ORDER));
    expect(linesA).toEqual(linesB);

    const ids = new Set(PLACEMENT_ORDER.slice(0, FIRST));
    const committed = readPlots()
      .text.split('\n')
      .filter((line) => line.startsWith('{"type":"Feature"'))
      .map((line) => line.replace(/,$/, ''))
      .filter((line) => ids.has((JSON.parse(line) as { properties: { subparkId: string } }).properties.subparkId));
    expect(linesA.length).toBeGreaterThan(100);
    expect(linesA).toEqual(committed);

    const committedParks = readSubparks()
      .text.split('\n')
      .filter((line) => line.startsWith('{"type":"Feature"'))
      .map((line) => line.replace(/,$/, ''))
      .filter((line) => ids.has((JSON.parse(line) as { properties: { id: string } }).properties.id));
    expect(a.subparks.map((f) => featureLine(f, SUBPARK_KEY_ORDER))).toEqual(committedParks);
  });

  it('changes with the seed', () => {
    const other = generateSample({ firstPlaced: 1, seed: 'another-seed' });
    const base = generateSample({ firstPlaced: 1 });
    expect(other.plots[0].geometry).not.toEqual(base.plots[0].geometry);
  });
});
