/** The sub-park boundary feature: every piece's outline as one MultiPolygon, 6 decimals. */
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { SubparkProperties } from '../../src/index.ts';
import type { PlacedPiece } from './outline/placedPiece.ts';
import type { SubparkDef } from './subparkTypes.ts';

export type SubparkFeature = Feature<MultiPolygon, SubparkProperties & { leadingIndustriesEn: string[] }>;

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

function cleanRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round6(p[0]), round6(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  return out;
}

export function subparkFeature(def: SubparkDef, pieces: readonly PlacedPiece[]): SubparkFeature {
  const coordinates = pieces.flatMap((p) => p.polygons.map((rings) => rings.map(cleanRing).filter((r) => r.length >= 4)));
  return {
    type: 'Feature',
    properties: {
      id: def.id,
      name: def.name,
      nameEn: def.nameEn,
      district: def.district,
      approvedAreaKm2: def.approvedAreaKm2,
      leadingIndustries: def.leadingIndustries,
      leadingIndustriesEn: def.leadingIndustriesEn,
      targets: def.targets,
    },
    geometry: { type: 'MultiPolygon', coordinates },
  };
}
