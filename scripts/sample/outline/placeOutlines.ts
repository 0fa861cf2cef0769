/**
 * Places the outline of every piece of every sub-park: an irregular staircase along the piece's road
 * grid at the piece's location, cut to its district (so it stays on land and out of the Huangpu
 * where the district border follows the river) and kept clear of pieces placed before it, scaled
 * until its area is right; then rivers through the larger pieces.
 */
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { localProjection, unprojectXY } from '../../../src/index.ts';
import type { DistrictFeature } from '../lib/basemap.ts';
import type { Rng } from '../lib/prng.ts';
import { PROFILES } from '../profiles.ts';
import type { PieceDef, SubparkDef } from '../subparkTypes.ts';
import { drawGridFrameParams, gridFrame, type GridFrameParams } from '../grid/gridFrame.ts';
import { drawRingShape, ringOfShape, type RingShape } from './irregularRing.ts';
import { cutToFreeLand, bboxOf, type Area, type Occupied } from './cutOutline.ts';
import type { PlacedPiece } from './placedPiece.ts';
import { rectilinearOutline } from './rectilinearOutline.ts';
import { riverBand, type RiverBand } from './riverBand.ts';
import { roadLines } from '../grid/roadLines.ts';
import { signedAreaXY, type XY } from '../lib/planar.ts';

export function placeOutlines(defs: readonly SubparkDef[], order: readonly string[], districts: Map<string, DistrictFeature>, rng: Rng): Map<string, PlacedPiece[]> {
  const occupied: Occupied[] = [];
  const result = new Map<string, PlacedPiece[]>();
  for (const id of order) {
    const def = defs.find((d) => d.id === id);
    if (!def) throw new Error(`unknown sub-park ${id}`);
    result.set(id, placeSubpark(def, districts, occupied, rng.fork(`outline/${id}`)));
  }
  return result;
}

function placeSubpark(def: SubparkDef, districts: Map<string, DistrictFeature>, occupied: Occupied[], rng: Rng): PlacedPiece[] {
  const profile = PROFILES[def.character];
  const farAreas = Array.from({ length: def.farFlung.count }, () => rng.range(def.farFlung.minKm2, def.farFlung.maxKm2) * 1e6);
  const farTotal = farAreas.reduce((s, a) => s + a, 0);
  const mainTotal = def.pieces.reduce((s, p) => s + p.areaKm2, 0) * 1e6;
  const mainScale = (def.approvedAreaKm2 * 1e6 - farTotal) / mainTotal;

  const placed: PlacedPiece[] = [];
  def.pieces.forEach((piece, index) => {
    const district = districtOf(districts, piece.district ?? def.district);
    const shape = drawRingShape(rng, piece.aspect ?? 1.3, rng.range(-12, 12), 40, 0.45);
    const frame = drawGridFrameParams(piece.angleDeg ?? 0, profile.warpAmplitudeM, rng);
    const fitted = fitPiece(def, piece, index, false, piece.areaKm2 * 1e6 * mainScale, shape, frame, district, occupied, rng);
    occupy(occupied, fitted);
    placed.push(fitted);
  });

  const home = districtOf(districts, def.district);
  farAreas.forEach((areaM2, k) => {
    for (let attempt = 0; attempt < 80; attempt++) {
      const from = rng.pick(def.pieces);
      const bearing = rng.range(0, 2 * Math.PI);
      const distM = rng.range(1500, 6000);
      const [lon, lat] = unprojectXY(localProjection(from.lon, from.lat), distM * Math.cos(bearing), distM * Math.sin(bearing));
      const pt = point([lon, lat]);
      if (!booleanPointInPolygon(pt, home)) continue;
      if (occupied.some((o) => booleanPointInPolygon(pt, o.feature))) continue;
      const piece: PieceDef = { label: `${from.label}外围${k + 1}`, lon, lat, areaKm2: areaM2 / 1e6, era: from.era, legacyCodes: from.legacyCodes };
      const shape = drawRingShape(rng, rng.range(1, 1.8), rng.range(-10, 10), 16, 0.25);
      const frame = drawGridFrameParams((from.angleDeg ?? 0) + rng.range(-30, 30), [0, 0], rng);
      const fitted = fitPiece(def, piece, def.pieces.length + k, true, areaM2, shape, frame, home, occupied, rng);
      if (fitted.areaM2 > 0.6 * areaM2) {
        occupy(occupied, fitted);
        placed.push(fitted);
        return;
      }
    }
    throw new Error(`could not place outlying piece ${k + 1} of ${def.id}`);
  });
  return placed;
}

function occupy(occupied: Occupied[], piece: PlacedPiece): void {
  const feature: Area = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: piece.polygons } };
  if (piece.polygons.length > 0) occupied.push({ feature, bbox: bboxOf(feature) });
}

function districtOf(districts: Map<string, DistrictFeature>, name: string): DistrictFeature {
  const d = districts.get(name);
  if (!d) throw new Error(`no district ${name} in the base map`);
  return d;
}

/** Lon/lat ring of a grid-frame ring, its edges split to ≤ 250 m so the bend follows them. */
function toLonLat(uv: readonly XY[], frameParams: GridFrameParams, lon0: number, lat0: number): number[][] {
  const frame = gridFrame(frameParams);
  const proj = localProjection(lon0, lat0);
  const ring: number[][] = [];
  uv.forEach((a, i) => {
    const b = uv[(i + 1) % uv.length];
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 250));
    for (let k = 0; k < n; k++) {
      const [x, y] = frame.toXY(a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n);
      ring.push(unprojectXY(proj, x, y));
    }
  });
  ring.push(ring[0]);
  return ring;
}

/** Scales the shape until the piece, cut to its district and clear of others, has the target area. */
function fitPiece(
  def: SubparkDef,
  piece: PieceDef,
  index: number,
  farFlung: boolean,
  targetM2: number,
  shape: RingShape,
  frame: GridFrameParams,
  district: DistrictFeature,
  occupied: Occupied[],
  rng: Rng,
): PlacedPiece {
  // Through roads: the park's usual spacing, closer in small pieces so the outline has ~14 cells.
  const profile = PROFILES[def.character];
  const cellM = Math.sqrt(targetM2 / (farFlung ? 3 : 14));
  const spacing: [number, number] = [Math.max(90, Math.min(profile.arterialSpacingM[0], cellM * 0.8)), Math.max(130, Math.min(profile.arterialSpacingM[1], cellM * 1.2))];
  const extentM = 2.5 * Math.sqrt(targetM2) + 600;
  const lineRng = rng.fork(`roads/${def.id}/${index}`);
  const uLines = roadLines(-extentM, extentM, { ...profile, arterialSpacingM: spacing }, lineRng);
  const vLines = roadLines(-extentM, extentM, { ...profile, arterialSpacingM: spacing }, lineRng);
  const us = uLines.map((l) => l.pos);
  const vs = vLines.map((l) => l.pos);
  const chamferSeed = rng.fork(`chamfer/${def.id}/${index}`);
  const frameFn = gridFrame(frame);
  const proj = localProjection(piece.lon, piece.lat);
  const lonLat = (u: number, v: number): number[] => unprojectXY(proj, ...frameFn.toXY(u, v));
  const nearby = occupied.filter((o) => {
    const [lon, lat] = [piece.lon, piece.lat];
    const reach = (Math.sqrt(targetM2) * 3) / 100_000 + 0.02;
    return o.bbox[0] <= lon + reach && lon - reach <= o.bbox[2] && o.bbox[1] <= lat + reach && lat - reach <= o.bbox[3];
  });
  // A cell is used when its centre is in the district and no corner is in a piece placed before.
  // The cells stay the same while the shape is scaled, so each is tested once.
  const accepted = new Map<string, boolean>();
  const accept = (u0: number, v0: number, u1: number, v1: number): boolean => {
    const key = `${u0},${v0}`;
    let ok = accepted.get(key);
    if (ok === undefined) {
      const centre = lonLat((u0 + u1) / 2, (v0 + v1) / 2);
      ok = booleanPointInPolygon(centre, district);
      if (ok) {
        const corners = [lonLat(u0, v0), lonLat(u1, v0), lonLat(u1, v1), lonLat(u0, v1), centre];
        ok = !nearby.some((o) => corners.some((c) => booleanPointInPolygon(c, o.feature)));
      }
      accepted.set(key, ok);
    }
    return ok;
  };
  const unitArea = Math.abs(signedAreaXY(ringOfShape(shape, 1)));
  let scaleM = Math.sqrt(targetM2 / unitArea);
  let best = { ring: [] as XY[], areaM2: 0 };
  // Fit on the grid of cells (cheap), then cut to the district's exact border once.
  for (let iter = 0; iter < 12; iter++) {
    const outline = rectilinearOutline(ringOfShape(shape, scaleM), us, vs, accept, 0.25, chamferSeed.fork(String(iter)));
    if (Math.abs(outline.areaM2 - targetM2) < Math.abs(best.areaM2 - targetM2)) best = outline;
    if (outline.areaM2 <= 0) {
      scaleM *= 1.5;
      continue;
    }
    const ratio = targetM2 / outline.areaM2;
    if (Math.abs(ratio - 1) < 0.02) break;
    scaleM *= Math.sqrt(Math.min(ratio, 3));
  }
  const candidate: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [toLonLat(best.ring, frame, piece.lon, piece.lat)] } };
  const cut = best.ring.length > 0 ? cutToFreeLand(candidate, district, nearby) : { polygons: [], areaM2: 0 };
  const rivers: RiverBand[] = [];
  if (!farFlung) {
    const count = targetM2 >= 20e6 ? 2 : targetM2 >= 3e6 && rng.chance(0.75) ? 1 : 0;
    for (let r = 0; r < count; r++) rivers.push(riverBand(Math.sqrt(targetM2), rng));
  }
  return {
    subparkId: def.id,
    index,
    label: piece.label,
    farFlung,
    lon0: piece.lon,
    lat0: piece.lat,
    frame,
    uLines,
    vLines,
    era: piece.era ?? def.era,
    legacyCodes: piece.legacyCodes ?? false,
    polygons: cut.polygons,
    rivers,
    areaM2: cut.areaM2,
  };
}

