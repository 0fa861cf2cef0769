/** The sub-park boundaries file (DOMAIN.md §4), kept small on the main thread for the list and labels. */
export interface SubparkInfo {
  id: string;
  name: string;
  nameEn: string;
  district: string;
  approvedAreaKm2: number | null;
  targets: Record<string, number>;
  /** [minLon, minLat, maxLon, maxLat] */
  bounds: [number, number, number, number];
  /** Label anchor: centre of the largest polygon's bounds. */
  labelLonLat: [number, number];
}

export interface SubparkCollection {
  geojson: GeoJSON.FeatureCollection;
  subparks: SubparkInfo[];
  byId: Map<string, SubparkInfo>;
}

function boundsOfCoordinates(coords: unknown, b: [number, number, number, number]): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') {
    const [lon, lat] = coords as number[];
    b[0] = Math.min(b[0], lon); b[1] = Math.min(b[1], lat);
    b[2] = Math.max(b[2], lon); b[3] = Math.max(b[3], lat);
    return;
  }
  for (const c of coords) boundsOfCoordinates(c, b);
}

function stringOf(v: unknown, fallback: string): string {
  return typeof v === 'string' ? v : fallback;
}

export function subparkCollectionOf(geojson: GeoJSON.FeatureCollection): SubparkCollection {
  const subparks: SubparkInfo[] = [];
  for (const feature of geojson.features) {
    const p = (feature.properties ?? {}) as Record<string, unknown>;
    const id = stringOf(p.id, '');
    if (!id || !feature.geometry || !('coordinates' in feature.geometry)) continue;
    const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    boundsOfCoordinates(feature.geometry.coordinates, bounds);
    const targets = p.targets && typeof p.targets === 'object' ? (p.targets as Record<string, number>) : {};
    subparks.push({
      id,
      name: stringOf(p.name, id),
      nameEn: stringOf(p.nameEn, id),
      district: stringOf(p.district, ''),
      approvedAreaKm2: typeof p.approvedAreaKm2 === 'number' ? p.approvedAreaKm2 : null,
      targets,
      bounds,
      labelLonLat: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2],
    });
  }
  return { geojson, subparks, byId: new Map(subparks.map((s) => [s.id, s])) };
}

export async function fetchSubparks(url: string): Promise<SubparkCollection | null> {
  const response = await fetch(url);
  if (!response.ok) return null;
  return subparkCollectionOf((await response.json()) as GeoJSON.FeatureCollection);
}
