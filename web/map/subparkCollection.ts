import { validateSubparks } from '../../src/index.ts';

/** The sub-park boundaries file (DOMAIN.md §4), kept small on the main thread for the list and labels. */
export interface SubparkInfo {
  id: string;
  name: string;
  nameEn: string;
  district: string;
  approvedAreaKm2: number | null;
  targets: Record<string, number>;
  /** target key → its year (absent when the file gives none). */
  targetYears: Record<string, number>;
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

/**
 * Sub-parks read through the core's validator, so the names, areas and targets shown are the checked
 * values (a target given as `{ value, year }` becomes a number and its year), never the raw file's.
 */
export function subparkCollectionOf(geojson: GeoJSON.FeatureCollection): SubparkCollection {
  const subparks: SubparkInfo[] = [];
  for (const feature of validateSubparks(geojson).subparks) {
    const p = feature.properties;
    const id = p.id;
    const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    boundsOfCoordinates(feature.geometry.coordinates, bounds);
    subparks.push({
      id,
      name: stringOf(p.name, id),
      nameEn: p.nameEn || id,
      district: p.district,
      approvedAreaKm2: Number.isFinite(p.approvedAreaKm2) ? p.approvedAreaKm2 : null,
      targets: p.targets,
      targetYears: p.targetYears,
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
