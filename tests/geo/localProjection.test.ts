import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { localProjection, projectLonLat, unprojectXY } from '../../src/geo/localProjection.ts';
import { geoJsonPolygonAreaM2 } from '../../src/geo/ringArea.ts';

/** Vincenty's inverse formula on WGS84: the reference for distances (mm accuracy). */
function vincentyM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const a = 6378137, f = 1 / 298.257223563, b = a * (1 - f);
  const rad = Math.PI / 180;
  const L = (lon2 - lon1) * rad;
  const U1 = Math.atan((1 - f) * Math.tan(lat1 * rad));
  const U2 = Math.atan((1 - f) * Math.tan(lat2 * rad));
  const sinU1 = Math.sin(U1), cosU1 = Math.cos(U1), sinU2 = Math.sin(U2), cosU2 = Math.cos(U2);
  let lambda = L, prev = 0, sinSigma = 0, cosSigma = 0, sigma = 0, cos2Alpha = 0, cos2SigmaM = 0;
  for (let i = 0; i < 200; i++) {
    const sinL = Math.sin(lambda), cosL = Math.cos(lambda);
    sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    cos2Alpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    prev = lambda;
    lambda = L + (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - prev) < 1e-13) break;
  }
  const u2 = (cos2Alpha * (a * a - b * b)) / (b * b);
  const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const dSigma = B * sinSigma * (cos2SigmaM + (B / 4) * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
  return b * A * (sigma - dSigma);
}

describe('local metric projection', () => {
  it('round-trips lon/lat', () => {
    const proj = localProjection(121.6, 31.2);
    const out = projectLonLat(proj, [121.73, 31.05], new Float64Array(2));
    const [lon, lat] = unprojectXY(proj, out[0], out[1]);
    expect(lon).toBeCloseTo(121.73, 10);
    expect(lat).toBeCloseTo(31.05, 10);
  });

  it('keeps distances within 0.5% of the ellipsoid across a sub-park-sized area in Shanghai', () => {
    const proj = localProjection(121.6, 31.2);
    let worst = 0;
    // Pairs up to ~20 km from the origin in every direction, 50 m to 5 km apart.
    for (let i = 0; i < 400; i++) {
      const lon1 = 121.6 + ((i * 37) % 41 - 20) * 0.01;
      const lat1 = 31.2 + ((i * 53) % 37 - 18) * 0.01;
      const bearing = (i * 0.7) % (2 * Math.PI);
      const lengthDeg = 0.0005 + ((i * 13) % 50) * 0.001;
      const lon2 = lon1 + lengthDeg * Math.cos(bearing);
      const lat2 = lat1 + lengthDeg * Math.sin(bearing);
      const xy = projectLonLat(proj, [lon1, lat1, lon2, lat2], new Float64Array(4));
      const planar = Math.hypot(xy[2] - xy[0], xy[3] - xy[1]);
      const truth = vincentyM(lon1, lat1, lon2, lat2);
      worst = Math.max(worst, Math.abs(planar - truth) / truth);
    }
    expect(worst).toBeLessThan(0.005);
    // And it is much better than that near the origin, which is where each sub-park's plots are.
    const near = projectLonLat(proj, [121.61, 31.21, 121.62, 31.215], new Float64Array(4));
    const rel = Math.abs(Math.hypot(near[2] - near[0], near[3] - near[1]) - vincentyM(121.61, 31.21, 121.62, 31.215)) / vincentyM(121.61, 31.21, 121.62, 31.215);
    expect(rel).toBeLessThan(0.0005);
  });

  it('measures areas within 0.5% of turf (spherical) and exactly for a known rectangle', () => {
    const ring = [[121.5, 31.2], [121.51, 31.2], [121.51, 31.21], [121.5, 31.21], [121.5, 31.2]];
    const ours = geoJsonPolygonAreaM2('Polygon', [ring]);
    const theirs = turf.area(turf.polygon([ring]));
    expect(Math.abs(ours - theirs) / theirs).toBeLessThan(0.005);
    // ~0.01° × 0.01° at 31.2°N: 952.4 m × 1109.0 m on WGS84.
    expect(ours).toBeGreaterThan(1_050_000);
    expect(ours).toBeLessThan(1_060_000);
  });
});
