/**
 * A local metric projection for areas and distances within a few tens of kilometres.
 *
 * x = N(φ0)·cos φ·(λ−λ0), y = M(φ0)·(φ−φ0) on the WGS84 ellipsoid: an ellipsoidal sinusoidal
 * projection about the origin. It is equal-area to ~1e-5 over a sub-park, and distances are off by
 * the shear Δλ·sin φ, ~0.15% at 15 km from the central meridian in Shanghai (the rule asks < 0.5%).
 * One cosine per vertex keeps projecting a million plots cheap, which a full Gauss-Krüger series
 * would not. Callers choose the origin per sub-park so no plot is far from it.
 */
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const DEG = Math.PI / 180;

export interface LocalProjection {
  lon0: number;
  lat0: number;
  /** metres per degree of latitude at the origin */
  mPerDegLat: number;
  /** N(φ0) in metres per radian, multiplied by cos φ of each vertex */
  nRadius: number;
}

export function localProjection(lon0: number, lat0: number): LocalProjection {
  const s = Math.sin(lat0 * DEG);
  const w = 1 - E2 * s * s;
  const n = A / Math.sqrt(w);
  const m = (A * (1 - E2)) / (w * Math.sqrt(w));
  return { lon0, lat0, mPerDegLat: m * DEG, nRadius: n };
}

/** Projects interleaved lon,lat into interleaved x,y metres (into `out`, which may be `lonLat`). */
export function projectLonLat(
  proj: LocalProjection,
  lonLat: ArrayLike<number>,
  out: Float64Array,
  start = 0,
  end = lonLat.length,
): Float64Array {
  const { lon0, lat0, mPerDegLat, nRadius } = proj;
  for (let i = start; i < end; i += 2) {
    const lon = lonLat[i];
    const lat = lonLat[i + 1];
    out[i] = nRadius * Math.cos(lat * DEG) * (lon - lon0) * DEG;
    out[i + 1] = (lat - lat0) * mPerDegLat;
  }
  return out;
}

export function unprojectXY(proj: LocalProjection, x: number, y: number): [number, number] {
  const lat = proj.lat0 + y / proj.mPerDegLat;
  const lon = proj.lon0 + x / (proj.nRadius * Math.cos(lat * DEG) * DEG);
  return [lon, lat];
}
