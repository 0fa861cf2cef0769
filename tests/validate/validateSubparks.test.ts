import { describe, expect, it } from 'vitest';
import { validateSubparks } from '../../src/validate/validateSubparks.ts';
import { deepFreeze } from '../helpers/deepFreeze.ts';
import { squareRing } from './plotFixtures.ts';

function subpark(props: Record<string, unknown>, geometry: unknown = { type: 'Polygon', coordinates: [squareRing(121.6, 31.19, 0.05)] }) {
  return { type: 'Feature', properties: props, geometry };
}

const zhangjiang = {
  id: 'zhangjiang', name: '张江核心园', nameEn: 'Zhangjiang Core Park', district: '浦东',
  approvedAreaKm2: 79.7, leadingIndustries: ['ICs', 'biomedicine', 'AI'], targets: { labourProductivity: 53.3 },
};

describe('validateSubparks', () => {
  it('keeps valid sub-parks with their normalised geometry', () => {
    const cw = squareRing(121.6, 31.19, 0.05).reverse();
    const { subparks, issues } = validateSubparks(deepFreeze({ type: 'FeatureCollection', features: [subpark(zhangjiang, { type: 'Polygon', coordinates: [cw] })] }));
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'ring-orientation']]);
    expect(subparks).toHaveLength(1);
    expect(subparks[0].properties).toEqual({ ...zhangjiang, targetYears: {} });
    expect(subparks[0].geometry).toEqual({ type: 'Polygon', coordinates: [squareRing(121.6, 31.19, 0.05)] });
  });

  it('drops sub-parks without id, with a duplicate id or bad geometry, and reports each', () => {
    const { subparks, issues } = validateSubparks({
      type: 'FeatureCollection',
      features: [
        subpark(zhangjiang),
        subpark({ ...zhangjiang, id: undefined }),
        subpark(zhangjiang),
        subpark({ ...zhangjiang, id: 'x' }, { type: 'Point', coordinates: [121, 31] }),
        'junk',
      ],
    });
    expect(subparks.map((s) => s.properties.id)).toEqual(['zhangjiang']);
    expect(issues.map((i) => [i.index, i.severity, i.code])).toEqual([
      [1, 'error', 'missing-id'],
      [2, 'error', 'duplicate-id'],
      [3, 'error', 'unsupported-geometry-type'],
      [4, 'error', 'not-an-object'],
    ]);
    expect(issues[0].message).toContain('sub-park');
  });

  it('repairs field problems with warnings', () => {
    const { subparks, issues } = validateSubparks({
      type: 'FeatureCollection',
      features: [
        subpark({
          id: 'p', approvedAreaKm2: '12.5', leadingIndustries: ['a', 'b', 7, 'c', 'd'],
          targets: { rdIntensity: 0.068, bad: 'high', productivity: '75' },
        }),
      ],
    });
    expect(subparks[0].properties).toEqual({
      id: 'p', name: 'p', nameEn: '', district: '', approvedAreaKm2: 12.5, leadingIndustries: ['a', 'b', 'c'],
      targets: { rdIntensity: 0.068, productivity: 75 },
      targetYears: {},
    });
    expect(issues.map((i) => i.code)).toEqual([
      'missing-name', 'numeric-string', 'invalid-leading-industries', 'too-many-leading-industries', 'invalid-number', 'numeric-string',
    ]);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(issues.find((i) => i.code === 'too-many-leading-industries')?.message).toContain('"d"');
    expect(issues.find((i) => i.code === 'invalid-number')?.field).toBe('targets.bad');
  });

  it('reads targets with their years, as { value, year } or a bare number with targetsYear', () => {
    const { subparks, issues } = validateSubparks({
      type: 'FeatureCollection',
      features: [
        subpark({
          id: 'p', name: '闵行园', targetsYear: 2026,
          targets: { labourProductivity: { value: 53.3, year: 2026 }, highTechFirms: 1550, talent: { value: 34000, year: '明年' }, bad: { year: 2026 } },
        }),
      ],
    });
    expect(subparks[0].properties.targets).toEqual({ labourProductivity: 53.3, highTechFirms: 1550, talent: 34000 });
    expect(subparks[0].properties.targetYears).toEqual({ labourProductivity: 2026, highTechFirms: 2026, talent: 2026 });
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ['invalid-target-year', 'targets.talent.year'],
      ['invalid-targets', 'targets.bad'],
    ]);
  });

  it('reports a file that is not a FeatureCollection', () => {
    for (const input of [null, [], 'x', { type: 'FeatureCollection' }]) {
      const { subparks, issues } = validateSubparks(input);
      expect(subparks).toEqual([]);
      expect(issues).toMatchObject([{ index: -1, severity: 'error', code: 'not-a-feature-collection' }]);
    }
  });
});
