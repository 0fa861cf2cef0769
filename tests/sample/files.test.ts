import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoJsonPolygonAreaM2 } from '../../src/index.ts';
import { readPlots, readSubparks, type PlotFeature, type SampleCollection, type SubparkFeature } from './sampleFiles.ts';

let plots: SampleCollection<PlotFeature>;
let subparks: SampleCollection<SubparkFeature>;
beforeAll(() => {
  plots = readPlots();
  subparks = readSubparks();
});

describe('sample files', () => {
  it('are labelled as a synthetic sample', () => {
    for (const c of [plots, subparks]) {
      expect(c.parktwin).toMatchObject({ schema: 1, sample: true, label: '示例数据，非官方' });
    }
  });

  it('hold one feature per line, compact', () => {
    const lines = plots.text.trimEnd().split('\n');
    expect(lines.length).toBe(plots.features.length + 2);
    expect(lines[1].startsWith('{"type":"Feature","properties":{"id":')).toBe(true);
    expect(plots.text).not.toMatch(/": /);
  });

  it('use at most 6 decimals', () => {
    expect(plots.text).not.toMatch(/\d\.\d{7,}/);
    expect(subparks.text).not.toMatch(/\d\.\d{7,}/);
  });

  it('stay small enough to load fast', () => {
    const raw = Buffer.byteLength(plots.text);
    expect(raw).toBeLessThan(25e6);
    expect(gzipSync(plots.text).length).toBeLessThan(6e6);
  });

  it('have the 22 sub-parks and Zizhu, several made of many pieces', () => {
    expect(subparks.features.map((f) => f.properties.id).sort()).toHaveLength(23);
    const pieces = Object.fromEntries(subparks.features.map((f) => [f.properties.id, f.geometry.coordinates.length]));
    expect(pieces.minhang).toBeGreaterThanOrEqual(10);
    expect(pieces.caohejing).toBeGreaterThanOrEqual(3);
    expect(pieces.jinshan).toBeGreaterThanOrEqual(2);
    expect(pieces.huangpu).toBeGreaterThanOrEqual(5);
    for (const f of subparks.features) {
      expect(f.properties.leadingIndustries.length).toBeGreaterThan(0);
      expect(f.properties.leadingIndustries.length).toBeLessThanOrEqual(3);
      expect(f.properties.nameEn).not.toBe('');
      const areaKm2 = geoJsonPolygonAreaM2('MultiPolygon', f.geometry.coordinates) / 1e6;
      expect(areaKm2 / f.properties.approvedAreaKm2).toBeGreaterThan(0.85);
      expect(areaKm2 / f.properties.approvedAreaKm2).toBeLessThan(1.15);
    }
    const minhang = subparks.features.find((f) => f.properties.id === 'minhang');
    // Every target carries its year (the action plans' targets are for 2026).
    expect(minhang?.properties.targets).toMatchObject({ rdIntensity: { value: 0.068, year: 2026 }, labourProductivity: { value: 53.3, year: 2026 }, highTechFirms: { value: 1550, year: 2026 } });
    expect(minhang?.properties.approvedAreaKm2).toBe(42.07);
    expect(minhang?.properties.leadingIndustries).toEqual(['高端装备', '数字经济', '生物医药']);
    const huangpu = subparks.features.find((f) => f.properties.id === 'huangpu');
    expect(huangpu?.properties.leadingIndustries).toEqual(['金融科技', '临床研究服务', '脑机接口']);
    for (const f of subparks.features) {
      for (const t of Object.values(f.properties.targets as unknown as Record<string, { year: number }>)) expect(t.year).toBe(2026);
    }
  });

  it('have a realistic number and size of plots', () => {
    const n = plots.features.length;
    expect(n).toBeGreaterThanOrEqual(25_000);
    expect(n).toBeLessThanOrEqual(40_000);
    const areas = plots.features.map((f) => geoJsonPolygonAreaM2('Polygon', f.geometry.coordinates));
    const total = areas.reduce((s, a) => s + a, 0);
    // 0.2–20 ha (a few m² of slack: declared sizes are metric, the check reprojects).
    expect(Math.min(...areas)).toBeGreaterThan(1_990);
    expect(Math.max(...areas)).toBeLessThan(200_100);
    const meanHa = total / n / 1e4;
    expect(meanHa).toBeGreaterThan(1.2);
    expect(meanHa).toBeLessThan(1.8);
  });

  it('give every plot a unique id and a known sub-park', () => {
    const ids = new Set(plots.features.map((f) => f.properties.id));
    expect(ids.size).toBe(plots.features.length);
    const parks = new Set(subparks.features.map((f) => f.properties.id));
    expect(plots.features.filter((f) => f.properties.subparkId !== null && !parks.has(f.properties.subparkId))).toEqual([]);
  });
});
