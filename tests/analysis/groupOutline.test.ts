import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { analyze, groupOutline } from '../../src/index.ts';
import { tableOf } from '../helpers/tableOf.ts';

describe('consolidation group outline', () => {
  it('merges plots across the road gaps into one polygon covering them', () => {
    const input = JSON.parse(readFileSync(new URL('./in/consolidation.geojson', import.meta.url), 'utf8'));
    const { table } = tableOf(input.features);
    const result = analyze(table, { asOf: '2026-06-30' });
    const group = result.consolidation[0];
    const outline = groupOutline(table, group.plotRows, result.params.joinDistanceM);
    expect(outline).not.toBeNull();
    expect(outline!.geometry.type).toBe('Polygon');
    const area = turf.area(outline!);
    // The three plots (45,000 m²) plus the 20 m roads between them, never the busy plot 20 m east.
    expect(area).toBeGreaterThan(45_000);
    expect(area).toBeLessThan(53_000);
    const busy = input.features.find((f: { properties: { id: string } }) => f.properties.id === 'c-busy');
    expect(turf.booleanIntersects(outline!, turf.centroid(busy))).toBe(false);
  });
});
