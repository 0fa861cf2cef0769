import { localProjection, unprojectXY } from '../../src/index.ts';
import { Random } from './random.ts';
import { SYNTHETIC_SUBPARKS, plotCountsBySubpark } from './subparks.ts';
import { subparkClusters } from './subparkLayout.ts';
import { clusterCells } from './clusters.ts';
import { plotRingM, ringAreaM2 } from './plotShape.ts';
import { plotAttributes } from './plotAttributes.ts';

export interface SyntheticFeature {
  properties: Record<string, unknown>;
  /** Closed outer ring, interleaved lon,lat (WGS84), 7 decimals. */
  ringLonLat: number[];
}

const round7 = (value: number) => Math.round(value * 1e7) / 1e7;

/**
 * The synthetic plots of a seed, one at a time, sub-park by sub-park: the same seed and count give
 * the same plots. Layout and attributes draw from separate streams, so changing how attributes
 * are drawn does not move the plots.
 */
export function* syntheticFeatures(plotCount: number, seed: number): Generator<SyntheticFeature> {
  const layoutRng = new Random(seed);
  const attributeRng = new Random(seed ^ 0x5bd1e995);
  const counts = plotCountsBySubpark(plotCount);
  for (let s = 0; s < SYNTHETIC_SUBPARKS.length; s++) {
    const subpark = SYNTHETIC_SUBPARKS[s];
    if (counts[s] === 0) continue;
    const [lon0, lat0] = subpark.centres[0];
    const proj = localProjection(lon0, lat0);
    let serial = 0;
    for (const cluster of subparkClusters(layoutRng, subpark, counts[s])) {
      for (const [x0, y0, x1, y1] of clusterCells(layoutRng, cluster)) {
        serial++;
        const ringM = plotRingM(layoutRng, x0, y0, x1, y1);
        const ringLonLat: number[] = [];
        for (let i = 0; i < ringM.length; i += 2) {
          const [lon, lat] = unprojectXY(proj, ringM[i], ringM[i + 1]);
          ringLonLat.push(round7(lon), round7(lat));
        }
        const id = `${subpark.id}-${String(serial).padStart(6, '0')}`;
        const properties = plotAttributes(attributeRng, { id, subpark, areaM2: ringAreaM2(ringM), serial });
        yield { properties, ringLonLat };
      }
    }
  }
}

/** A feature as GeoJSON text: one line, or pretty-printed with `indent` spaces before each line. */
export function featureJson(feature: SyntheticFeature, pretty: boolean, indent = '    '): string {
  const r = feature.ringLonLat;
  if (!pretty) {
    const coords: string[] = [];
    for (let i = 0; i < r.length; i += 2) coords.push(`[${r[i]},${r[i + 1]}]`);
    return `{"type":"Feature","properties":${JSON.stringify(feature.properties)},"geometry":{"type":"Polygon","coordinates":[[${coords.join(',')}]]}}`;
  }
  const coordinates: number[][] = [];
  for (let i = 0; i < r.length; i += 2) coordinates.push([r[i], r[i + 1]]);
  const text = JSON.stringify({ type: 'Feature', properties: feature.properties, geometry: { type: 'Polygon', coordinates: [coordinates] } }, null, 2);
  return indent + text.replace(/\n/g, '\n' + indent);
}
