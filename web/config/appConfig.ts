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
}

export const DEFAULT_CONFIG: Readonly<AppConfig> = Object.freeze({
  plotsUrl: '/data/sample/plots.geojson',
  subparksUrl: '/data/sample/subparks.geojson',
  districtsUrl: '/data/basemap/shanghai-districts.geojson',
  basemapUrl: null,
});

/** Same-origin or explicitly configured URL; anything that is not http(s) or a path is refused. */
function safeUrlOf(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (trimmed.startsWith('/') || trimmed.startsWith('./')) return trimmed;
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  return null;
}

function threadsOf(value: string | null): number | undefined {
  if (value === null || !/^\d{1,2}$/.test(value) || Number(value) < 1) return undefined;
  return Number(value);
}

export function appConfigOfSearch(search: string): AppConfig {
  const q = new URLSearchParams(search);
  const plots = safeUrlOf(q.get('plots'));
  const subparksParam = q.get('subparks');
  return {
    plotsUrl: plots ?? DEFAULT_CONFIG.plotsUrl,
    // A custom plots file without a subparks file gets no sub-park outlines rather than the sample's.
    subparksUrl: subparksParam !== null ? safeUrlOf(subparksParam) : plots ? null : DEFAULT_CONFIG.subparksUrl,
    districtsUrl: safeUrlOf(q.get('districts')) ?? DEFAULT_CONFIG.districtsUrl,
    basemapUrl: safeUrlOf(q.get('basemap')),
    parseThreads: threadsOf(q.get('threads')),
  };
}
