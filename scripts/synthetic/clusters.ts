import type { Random } from './random.ts';

/**
 * A cluster of plots laid out on a street grid: columns and rows of varying width, separated by
 * roads 16-42 m wide (with plot setbacks of up to 4 m a side, gaps of 16-50 m: neighbours join into
 * one block at the default 50 m), rarely (0.5% of
 * roads) by a wider road or canal (60-120 m) that splits the cluster into blocks. Coordinates are metres,
 * x east and y north of the sub-park's centre.
 */
export interface Cluster {
  plotCount: number;
  x0: number;
  y0: number;
  /** Cell boundaries: column c spans colX[2c]..colX[2c+1]; likewise rows. */
  colX: number[];
  rowY: number[];
  width: number;
  height: number;
}

const EMPTY_CELL_SHARE = 0.04;

function roadWidthM(rng: Random): number {
  return rng.chance(0.005) ? rng.uniform(60, 120) : rng.uniform(16, 42);
}

function spans(rng: Random, count: number, sideM: number): number[] {
  const out: number[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0) at += roadWidthM(rng);
    const size = sideM * rng.uniform(0.5, 1.8);
    out.push(at, at + size);
    at += size;
  }
  return out;
}

/** A cluster of `plotCount` plots whose typical plot is 0.6-6 ha (so plots are ~0.2-20 ha). */
export function clusterOf(rng: Random, plotCount: number): Cluster {
  const sideM = Math.sqrt(rng.logUniform(6_000, 60_000));
  const aspect = rng.uniform(0.6, 1.6);
  const cols = Math.max(1, Math.round(Math.sqrt((plotCount * aspect) / (1 - EMPTY_CELL_SHARE))));
  const rows = Math.max(1, Math.ceil(plotCount / (cols * (1 - EMPTY_CELL_SHARE))));
  const colX = spans(rng, cols, sideM);
  const rowY = spans(rng, rows, sideM);
  return { plotCount, x0: 0, y0: 0, colX, rowY, width: colX[colX.length - 1], height: rowY[rowY.length - 1] };
}

/**
 * The cells [x0, y0, x1, y1] that hold plots, row by row, skipping ~4% as open space (never so many
 * that the grid runs out of cells).
 */
export function* clusterCells(rng: Random, cluster: Cluster): Generator<[number, number, number, number]> {
  const cols = cluster.colX.length / 2;
  const rows = cluster.rowY.length / 2;
  let cellsLeft = cols * rows;
  let plotsLeft = cluster.plotCount;
  for (let r = 0; r < rows && plotsLeft > 0; r++) {
    for (let c = 0; c < cols && plotsLeft > 0; c++, cellsLeft--) {
      if (cellsLeft > plotsLeft && rng.chance(EMPTY_CELL_SHARE)) continue;
      plotsLeft--;
      yield [
        cluster.x0 + cluster.colX[2 * c],
        cluster.y0 + cluster.rowY[2 * r],
        cluster.x0 + cluster.colX[2 * c + 1],
        cluster.y0 + cluster.rowY[2 * r + 1],
      ];
    }
  }
}
