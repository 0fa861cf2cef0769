/**
 * Industrial land just outside the sub-parks (区外地块, subparkId null): three rows of lots along the
 * outline of each sub-park's first piece. The inner row lies a few metres beyond the outline, so
 * within the join distance of the sub-park's edge plots (candidates a proposal can bring in); the
 * outer rows lie further out. Lots stay on land, inside a district, clear of every sub-park and of
 * each other. One extra lot per sub-park is kept out of the plots file: the sample proposals draw it
 * as new land (an `add` change).
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import { localProjection, projectLonLat, unprojectXY } from '../../../src/index.ts';
import type { DistrictFeature } from '../lib/basemap.ts';
import type { Rng } from '../lib/prng.ts';
import type { SubparkFeature } from '../subparkFeature.ts';
import type { PlotFeature } from '../generateSubpark.ts';
import { outsideAttributes, type OutsideTier } from './outsideAttributes.ts';

type XY = [number, number];
const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

export interface OutsideLand {
  plots: PlotFeature[];
  /** Per sub-park id: a free lot not in the plots file, for a sample `add` change. */
  spare: Map<string, PlotFeature>;
}

interface Box {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

function boxOf(rings: Position[][]): Box {
  const b = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      b.minLon = Math.min(b.minLon, lon);
      b.minLat = Math.min(b.minLat, lat);
      b.maxLon = Math.max(b.maxLon, lon);
      b.maxLat = Math.max(b.maxLat, lat);
    }
  }
  return b;
}

const meets = (a: Box, b: Box): boolean => a.minLon <= b.maxLon && a.maxLon >= b.minLon && a.minLat <= b.maxLat && a.maxLat >= b.minLat;

export function generateOutsideLand(
  subparks: readonly SubparkFeature[],
  codes: ReadonlyMap<string, string>,
  districts: ReadonlyMap<string, DistrictFeature>,
  rng: Rng,
): OutsideLand {
  const parkShapes = subparks.map((s) => ({ feature: s as Feature<MultiPolygon>, box: boxOf(s.geometry.coordinates.flat()) }));
  const districtList = [...districts.values()];
  const kept: { feature: Feature<Polygon>; box: Box }[] = [];
  const plots: PlotFeature[] = [];
  const spare = new Map<string, PlotFeature>();

  for (const subpark of subparks) {
    const id = subpark.properties.id;
    const r = rng.fork(`outside/${id}`);
    const outer = subpark.geometry.coordinates[0][0];
    const lon0 = outer.reduce((s, p) => s + p[0], 0) / outer.length;
    const lat0 = outer.reduce((s, p) => s + p[1], 0) / outer.length;
    const proj = localProjection(lon0, lat0);
    const ring: XY[] = outer.map((p) => {
      const xy = projectLonLat(proj, p, new Float64Array(2));
      return [xy[0], xy[1]];
    });
    const ccw = signedArea(ring) > 0;
    let serial = 0;
    const lotsOfPark: PlotFeature[] = [];
    for (let e = 0; e + 1 < ring.length; e++) {
      const [ax, ay] = ring[e];
      const [bx, by] = ring[e + 1];
      const len = Math.hypot(bx - ax, by - ay);
      if (len < 140) continue;
      const dx = (bx - ax) / len;
      const dy = (by - ay) / len;
      const nx = ccw ? dy : -dy;
      const ny = ccw ? -dx : dx;
      for (let t = 20; t + 120 <= len - 20; t += r.range(105, 140)) {
        const along = r.range(70, 110);
        for (const row of [0, 1, 2] as const) {
          if (!r.chance([0.9, 0.75, 0.5][row])) continue;
          const depth = r.range(60, 125);
          const gap = [r.range(6, 18), r.range(150, 230), r.range(300, 380)][row];
          const x0 = ax + dx * t + nx * gap;
          const y0 = ay + dy * t + ny * gap;
          const corners: XY[] = [
            [x0, y0],
            [x0 + dx * along, y0 + dy * along],
            [x0 + dx * along + nx * depth, y0 + dy * along + ny * depth],
            [x0 + nx * depth, y0 + ny * depth],
          ];
          const lonLat = corners.map(([x, y]) => unprojectXY(proj, x, y).map(round6) as Position);
          if (signedAreaLonLat(lonLat) < 0) lonLat.reverse();
          lonLat.push([...lonLat[0]]);
          const feature: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [lonLat] } };
          const box = boxOf([lonLat]);
          if (!lonLat.every((p) => districtList.some((d) => booleanPointInPolygon(p, d)))) continue;
          if (parkShapes.some((s) => meets(s.box, box) && booleanIntersects(feature, s.feature))) continue;
          if (kept.some((k) => meets(k.box, box) && booleanIntersects(feature, k.feature))) continue;
          kept.push({ feature, box });
          serial++;
          const plotId = `${codes.get(id) ?? id.toUpperCase()}X-${String(serial).padStart(4, '0')}`;
          const tier: OutsideTier = r.weighted(row === 0 ? { good: 4, ordinary: 4, poor: 2 } : { good: 2, ordinary: 5, poor: 3 });
          const properties = outsideAttributes(plotId, along * depth, tier, r);
          lotsOfPark.push({ type: 'Feature', properties, geometry: feature.geometry });
        }
      }
    }
    // The spare lot: an inner-row lot taken back out of the file (the last one, so ids stay dense).
    const spareAt = lotsOfPark.findLastIndex((f) => f.properties.enterprise !== undefined);
    if (spareAt >= 0) {
      const [lot] = lotsOfPark.splice(spareAt, 1);
      spare.set(id, { ...lot, properties: { ...lot.properties, id: `${lot.properties.id}-NEW`, subparkId: id } });
    }
    plots.push(...lotsOfPark);
  }
  return { plots, spare };
}

function signedArea(ring: readonly XY[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

function signedAreaLonLat(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % ring.length];
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}
