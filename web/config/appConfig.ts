import { allowedUrl, defaultUrlPolicy, type UrlPolicy } from './urlPolicy.ts';

/**
 * Where the app gets its data and basemap. Everything defaults to files served by the same origin;
 * a deployment points elsewhere with query parameters:
 *   ?plots=/data/city.geojson&subparks=/data/city-subparks.geojson&basemap=/styles/intranet.json
 * `basemap` may be a MapLibre style URL or a `.pmtiles` file; without it the offline district map is used.
 */
export interface AppConfig {
  plotsUrl: string;
  subparksUrl: string | null;
  districtsUrl: string;
  basemapUrl: string | null;
  /** `threads`: parse threads for loading (benchmarks, tests); undefined = automatic. */
  parseThreads?: number;
  /** Query parameters refused by the URL policy (`plots=https://…`), for the notice; their defaults are used. */
  refusedUrls: string[];
}

export const DEFAULT_CONFIG: Readonly<AppConfig> = Object.freeze({
  plotsUrl: '/data/sample/plots.geojson',
  subparksUrl: '/data/sample/subparks.geojson',
  districtsUrl: '/data/basemap/shanghai-districts.geojson',
  basemapUrl: null,
  refusedUrls: [],
});

function threadsOf(value: string | null): number | undefined {
  if (value === null || !/^\d{1,2}$/.test(value) || Number(value) < 1) return undefined;
  return Number(value);
}

/** Reads the query under the URL policy (urlPolicy.ts): a refused URL is named in `refusedUrls` and not used. */
export function appConfigOfSearch(search: string, policy: UrlPolicy = defaultUrlPolicy()): AppConfig {
  const q = new URLSearchParams(search);
  const refusedUrls: string[] = [];
  const urlOf = (key: string): string | null => {
    const value = q.get(key);
    if (value === null) return null;
    const url = allowedUrl(value, policy);
    if (url === null) refusedUrls.push(`${key}=${value}`);
    return url;
  };
  const plots = urlOf('plots');
  const subparksGiven = q.get('subparks') !== null;
  const subparks = urlOf('subparks');
  return {
    plotsUrl: plots ?? DEFAULT_CONFIG.plotsUrl,
    // A custom plots file without a subparks file gets no sub-park outlines rather than the sample's.
    subparksUrl: subparksGiven ? subparks : plots ? null : DEFAULT_CONFIG.subparksUrl,
    districtsUrl: urlOf('districts') ?? DEFAULT_CONFIG.districtsUrl,
    basemapUrl: urlOf('basemap'),
    parseThreads: threadsOf(q.get('threads')),
    refusedUrls,
  };
}
