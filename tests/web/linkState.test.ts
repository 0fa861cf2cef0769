import { describe, expect, it } from 'vitest';
import { hashOfLinkState, linkStateOfHash, readLinkState, type LinkState } from '../../web/config/linkState.ts';
import { resolveParams } from '../../src/index.ts';
import { appConfigOfSearch } from '../../web/config/appConfig.ts';
import { allowedHostsOfSetting, type UrlPolicy } from '../../web/config/urlPolicy.ts';

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
  it('never takes prototype keys, out-of-range rule values or impossible dates, and names each one', () => {
    const { link, rejected } = readLinkState('#p=toString:1,weakYears:0.5&asof=2025-02-30');
    expect(link.params).toEqual({});
    expect(Object.keys(link.params)).toEqual([]);
    expect(link.asOf).toBeNull();
    expect(rejected).toEqual(['p=toString:1', 'p=weakYears:0.5', 'asof=2025-02-30']);
    // What the address is rewritten to carries none of it, and the analysis accepts the rest.
    const hash = hashOfLinkState(link);
    expect(hash).not.toContain('toString');
    expect(hash).not.toContain('asof');
    expect(resolveParams(link.params).ok).toBe(true);
  });
  it('checks every part: own keys, types and ranges', () => {
    const { link, rejected } = readLinkState(
      '#p=__proto__:1,constructor:2,vacancyThreshold:1.5,idleYears:-2,joinDistanceM:60,hasOwnProperty:1' +
        '&c=200,31,12,0,0&lang=fr&rg=far:2:1;far:x:;tax::5;toString:1:2&st=1,2&cat=industrial,valueOf&sel=&evil=1',
    );
    expect(link.params).toEqual({ joinDistanceM: 60 });
    expect(Object.getPrototypeOf(link.params)).toBe(Object.prototype);
    expect(link.camera).toBeNull();
    expect(link.language).toBeNull();
    expect(link.ranges).toEqual([{ field: 'tax', min: null, max: 5 }]);
    expect(link.statuses).toEqual([1]);
    expect(link.categories).toEqual(['industrial']);
    expect(link.selectedId).toBeNull();
    expect([...rejected].sort()).toEqual([
      'evil=1',
      'c=200,31,12,0,0',
      'lang=fr',
      'cat=valueOf',
      'st=2',
      'rg=far:2:1',
      'rg=far:x:',
      'rg=toString:1:2',
      'p=__proto__:1',
      'p=constructor:2',
      'p=vacancyThreshold:1.5',
      'p=idleYears:-2',
      'p=hasOwnProperty:1',
    ].sort());
  });
});

describe('app config', () => {
  it('reads plots and subparks from the query, refusing other schemes', () => {
    expect(appConfigOfSearch('?plots=/data/city.geojson').plotsUrl).toBe('/data/city.geojson');
    expect(appConfigOfSearch('?plots=/data/city.geojson').subparksUrl).toBeNull();
    expect(appConfigOfSearch('?plots=javascript:alert(1)').plotsUrl).toBe('/data/sample/plots.geojson');
    expect(appConfigOfSearch('').subparksUrl).toBe('/data/sample/subparks.geojson');
  });
  const site: UrlPolicy = { origin: 'http://127.0.0.1:4173', allowedHosts: [] };
  it('accepts only same-origin URLs, and names every refused one', () => {
    const config = appConfigOfSearch(
      '?plots=https://example.com/p.geojson&subparks=//cdn.example.com/s.geojson&districts=data/d.geojson&basemap=http://127.0.0.1:4173/tiles/x.pmtiles',
      site,
    );
    expect(config.plotsUrl).toBe('/data/sample/plots.geojson');
    expect(config.subparksUrl).toBeNull();
    expect(config.districtsUrl).toBe('data/d.geojson');
    expect(config.basemapUrl).toBe('http://127.0.0.1:4173/tiles/x.pmtiles');
    expect(config.refusedUrls).toEqual(['plots=https://example.com/p.geojson', 'subparks=//cdn.example.com/s.geojson']);
    // Same host, other port or scheme: another origin.
    expect(appConfigOfSearch('?basemap=http://127.0.0.1:8080/style.json', site).basemapUrl).toBeNull();
    expect(appConfigOfSearch('?basemap=https://127.0.0.1:4173/style.json', site).basemapUrl).toBeNull();
    expect(appConfigOfSearch('?plots=data:application/json,{}', site).refusedUrls).toEqual(['plots=data:application/json,{}']);
  });
  it('accepts the hosts a deployment allows, and no others', () => {
    const allowedHosts = allowedHostsOfSetting(' Tiles.Intranet:8080, gis.bureau ,https://bad/, ');
    expect(allowedHosts).toEqual(['tiles.intranet:8080', 'gis.bureau']);
    const config = appConfigOfSearch('?basemap=http://tiles.intranet:8080/style.json&plots=https://gis.bureau/plots.geojson&districts=https://gis.bureau.evil.com/d.geojson', { ...site, allowedHosts });
    expect(config.basemapUrl).toBe('http://tiles.intranet:8080/style.json');
    expect(config.plotsUrl).toBe('https://gis.bureau/plots.geojson');
    expect(config.refusedUrls).toEqual(['districts=https://gis.bureau.evil.com/d.geojson']);
  });
});
