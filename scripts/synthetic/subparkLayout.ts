import { localProjection, projectLonLat } from '../../src/index.ts';
import type { Random } from './random.ts';
import { clusterOf, type Cluster } from './clusters.ts';
import type { SyntheticSubpark } from './subparks.ts';

/** Clusters closer than this would join into one block (default join distance 50 m). */
const CLUSTER_GAP_M = 80;

function halfDiagonal(c: Cluster): number {
  return Math.hypot(c.width, c.height) / 2;
}

function overlaps(a: Cluster, b: Cluster): boolean {
  return (
    a.x0 < b.x0 + b.width + CLUSTER_GAP_M &&
    b.x0 < a.x0 + a.width + CLUSTER_GAP_M &&
    a.y0 < b.y0 + b.height + CLUSTER_GAP_M &&
    b.y0 < a.y0 + a.height + CLUSTER_GAP_M
  );
}

/** Puts `cluster` (centre) at distance ≥ `distanceM` from the origin in a random direction, clear of the others. */
function place(rng: Random, cluster: Cluster, placed: Cluster[], distanceM: number): void {
  const angle = rng.uniform(0, 2 * Math.PI);
  for (let d = distanceM; ; d += 150) {
    cluster.x0 = d * Math.cos(angle) - cluster.width / 2;
    cluster.y0 = d * Math.sin(angle) - cluster.height / 2;
    if (!placed.some((p) => overlaps(p, cluster))) break;
  }
  placed.push(cluster);
}

/**
 * The clusters of one sub-park: a main cluster of 50-80% of its plots at the centre, smaller ones
 * around it 80-500 m apart, a cluster at each further centre (Jinshan), and one to three
 * far-flung pieces of 1-5 plots 1.5-5 km out (scattered, small blocks).
 */
export function subparkClusters(rng: Random, subpark: SyntheticSubpark, plotCount: number): Cluster[] {
  if (plotCount <= 3) {
    const only = clusterOf(rng, plotCount);
    only.x0 = -only.width / 2;
    only.y0 = -only.height / 2;
    return [only];
  }
  const main = clusterOf(rng, Math.max(1, Math.round(plotCount * rng.uniform(0.5, 0.8))));
  main.x0 = -main.width / 2;
  main.y0 = -main.height / 2;
  const placed = [main];
  let left = plotCount - main.plotCount;
  const mainRadius = halfDiagonal(main);

  const farCount = Math.min(left, rng.int(1, 3));
  const far: number[] = [];
  for (let i = 0; i < farCount && left > 0; i++) {
    const n = Math.min(left, rng.int(1, 5));
    far.push(n);
    left -= n;
  }

  const origin = subpark.centres[0];
  for (const centre of subpark.centres.slice(1)) {
    if (left < 2) break;
    const n = Math.round(left * 0.5);
    left -= n;
    const cluster = clusterOf(rng, n);
    const xy = projectLonLat(localProjection(origin[0], origin[1]), centre, new Float64Array(2));
    cluster.x0 = xy[0] - cluster.width / 2;
    cluster.y0 = xy[1] - cluster.height / 2;
    placed.push(cluster);
  }

  while (left > 0) {
    const n = left <= 8 ? left : Math.max(2, Math.round(left * rng.uniform(0.25, 0.55)));
    left -= n;
    const cluster = clusterOf(rng, n);
    place(rng, cluster, placed, mainRadius + halfDiagonal(cluster) + rng.uniform(80, 500));
  }
  for (const n of far) {
    const cluster = clusterOf(rng, n);
    place(rng, cluster, placed, mainRadius + halfDiagonal(cluster) + rng.uniform(1_500, 5_000));
  }
  return placed;
}
