/** The sub-park boundary feature: every piece's outline as one MultiPolygon, 6 decimals. */
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { SubparkProperties } from '../../src/index.ts';
import type { PlacedPiece } from './outline/placedPiece.ts';
import type { SubparkDef } from './subparkTypes.ts';

/** As written to the file: each target with its year (the validated properties hold the years apart). */
export type SubparkFeature = Feature<
  MultiPolygon,
  Omit<SubparkProperties, 'targets' | 'targetYears'> & { leadingIndustriesEn: string[]; targets: Record<string, { value: number; year: number }> }
>;

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

/** The year of the action plans' targets (DOMAIN.md §1). */
const TARGET_YEAR = 2026;

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
      // Every target carries its year: the sub-parks' action plans set them for 2026.
      targets: Object.fromEntries(Object.entries(def.targets).map(([key, value]) => [key, { value, year: TARGET_YEAR }])),
    },
    geometry: { type: 'MultiPolygon', coordinates },
  };
}
