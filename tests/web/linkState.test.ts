import { describe, expect, it } from 'vitest';
import { hashOfLinkState, linkStateOfHash, type LinkState } from '../../web/config/linkState.ts';
import { appConfigOfSearch } from '../../web/config/appConfig.ts';

const state: LinkState = {
  camera: { center: [121.6, 31.19], zoom: 13.5, pitch: 45, bearing: -10 },
  language: 'en',
  theme: 'numeric',
  numericField: 'tax',
  extrusion: 'height',
  subparks: ['zhangjiang', 'zizhu'],
  categories: ['industrial'],
  flags: ['weak', 'low-far'],
  statuses: [1],
  ranges: [{ field: 'far', min: 0.5, max: null }],
  selectedId: 'P 1/甲',
  asOf: '2025-06-30',
  params: { joinDistanceM: 80 },
};

describe('link state', () => {
  it('round-trips through the hash', () => {
    expect(linkStateOfHash(hashOfLinkState(state))).toEqual(state);
  });
  it('ignores malformed and unknown parts', () => {
    const s = linkStateOfHash('#theme=evil&flag=weak,nope&st=0,7&p=joinDistanceM:x,unknown:3&asof=2025-13&c=1,2');
    expect(s.theme).toBeNull();
    expect(s.flags).toEqual(['weak']);
    expect(s.statuses).toEqual([0]);
    expect(s.params).toEqual({});
    expect(s.camera).toBeNull();
  });
});

describe('app config', () => {
  it('reads plots and subparks from the query, refusing other schemes', () => {
    expect(appConfigOfSearch('?plots=/data/city.geojson').plotsUrl).toBe('/data/city.geojson');
    expect(appConfigOfSearch('?plots=/data/city.geojson').subparksUrl).toBeNull();
    expect(appConfigOfSearch('?plots=javascript:alert(1)').plotsUrl).toBe('/data/sample/plots.geojson');
    expect(appConfigOfSearch('').subparksUrl).toBe('/data/sample/subparks.geojson');
  });
});
