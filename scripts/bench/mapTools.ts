/**
 * Map tools benchmark (issue 8, proposal mode): what the drawing and selection tools cost on the
 * viewer's main thread.
 *
 *   npm run bench -- map-tools [--sizes sample,1000000]
 *
 * For each size: the plot edge index built from the viewer's geometry (web/worker/plotGeometry.ts,
 * float32 offsets; the geometry itself is built in the worker and not timed here) and reopened
 * from a transferred tree, the plot centroids selection computes once per index, one snapping
 * query (10 000 pointers near plot corners and edges, tolerance 12 m ≈ 10 px at zoom 17), area
 * selection by a box of ~1% of the data's extent, a 64-point lasso of ~10% and a box over all, and
 * the refusal check of a drawn polygon against the plots near it.
 */
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultLandUseTable,
  drawnLandRefusal,
  plotCentroids,
  plotEdgeIndex,
  plotIndexesInPolygon,
  plotRowsNearBox,
  plotShapesOfRows,
  readPlots,
  snappedPosition,
  type PlotTable,
} from '../../src/index.ts';
import { plotGeometryOfTable } from '../../web/worker/plotGeometry.ts';
import { ensureSyntheticPlots } from '../synthetic/writeSyntheticFile.ts';
import { count, textTable } from './lib/table.ts';
import { mulberry32 } from '../../tests/helpers/mulberry32.ts';

const SAMPLE = join(import.meta.dirname, '../../data/sample');
const argv = process.argv.slice(2);
const at = argv.indexOf('--sizes');
const sizes = (at >= 0 ? argv[at + 1] : 'sample,1000000').split(',');

async function tableOf(path: string): Promise<PlotTable> {
  const read = await readPlots(createReadStream(path, { highWaterMark: 4 << 20 }), { landUse: defaultLandUseTable(), totalBytes: statSync(path).size });
  return read.table;
}

/** Median and worst of `runs` timings of fn, ms. */
function timed(runs: number, fn: () => unknown): { median: number; max: number; last: unknown } {
  const ms: number[] = [];
  let last: unknown;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(runs / 2)], max: ms[runs - 1], last };
}

const ms = (x: number) => x.toFixed(x < 1 ? 3 : 1);
const rows: string[][] = [];
for (const size of sizes) {
  const path = size === 'sample' ? join(SAMPLE, 'plots.geojson') : (await ensureSyntheticPlots({ plots: Number(size) })).path;
  process.stderr.write(`reading ${path}…\n`);
  const table = await tableOf(path);
  const geometry = plotGeometryOfTable(table);
  const build = timed(5, () => plotEdgeIndex(geometry));
  const index = plotEdgeIndex(geometry);
  const reopen = timed(5, () => plotEdgeIndex(geometry, index.tree!.data));
  const centroids = timed(1, () => plotCentroids(index));
  const b = geometry.bounds;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let p = 0; p < geometry.count; p++) {
    minX = Math.min(minX, b[4 * p]);
    minY = Math.min(minY, b[4 * p + 1]);
    maxX = Math.max(maxX, b[4 * p + 2]);
    maxY = Math.max(maxY, b[4 * p + 3]);
  }
  const rnd = mulberry32(17);

  // Pointers 0–15 m off a random plot's first vertex.
  const pointers: [number, number][] = [];
  for (let i = 0; i < 10_000; i++) {
    const p = Math.floor(rnd() * geometry.count);
    const v = geometry.vertexStarts[p];
    pointers.push([geometry.originLonLat[0] + geometry.positions[2 * v] + (rnd() - 0.5) * 3e-4, geometry.originLonLat[1] + geometry.positions[2 * v + 1] + (rnd() - 0.5) * 3e-4]);
  }
  let snapped = 0;
  const t0 = performance.now();
  for (const p of pointers) if (snappedPosition(index, p, 12)) snapped++;
  const snapUs = ((performance.now() - t0) / pointers.length) * 1000;

  const w = maxX - minX, h = maxY - minY;
  const cx = minX + w * 0.5, cy = minY + h * 0.5;
  const box = (fw: number) => [[cx - (w * fw) / 2, cy - (h * fw) / 2], [cx + (w * fw) / 2, cy - (h * fw) / 2], [cx + (w * fw) / 2, cy + (h * fw) / 2], [cx - (w * fw) / 2, cy + (h * fw) / 2], [cx - (w * fw) / 2, cy - (h * fw) / 2]] as [number, number][];
  const lasso = Array.from({ length: 64 }, (_, k) => {
    const a = (k / 64) * 2 * Math.PI, r = 0.18 * (0.8 + 0.4 * rnd());
    return [cx + w * r * Math.cos(a), cy + h * r * Math.sin(a)] as [number, number];
  });
  const small = timed(5, () => plotIndexesInPolygon(index, box(0.1)));
  const lassoRun = timed(5, () => plotIndexesInPolygon(index, lasso));
  const all = timed(3, () => plotIndexesInPolygon(index, box(1.02)));

  // A 60 × 40 m polygon at a plot's first vertex (so it overlaps that plot).
  const v = geometry.vertexStarts[Math.floor(geometry.count / 2)];
  const [lon0, lat0] = [geometry.originLonLat[0] + geometry.positions[2 * v], geometry.originLonLat[1] + geometry.positions[2 * v + 1]];
  const ring = [[lon0 - 3e-4, lat0 - 2e-4], [lon0 + 3e-4, lat0 - 2e-4], [lon0 + 3e-4, lat0 + 2e-4], [lon0 - 3e-4, lat0 + 2e-4], [lon0 - 3e-4, lat0 - 2e-4]];
  const landUse = defaultLandUseTable();
  const refusal = timed(5, () => {
    const near = plotRowsNearBox(index, lon0 - 3e-4, lat0 - 2e-4, lon0 + 3e-4, lat0 + 2e-4);
    return drawnLandRefusal({ type: 'Polygon', coordinates: [ring] }, plotShapesOfRows(index.rings, near), landUse);
  });

  rows.push([
    size === 'sample' ? `sample (${count(table.count)})` : count(table.count),
    ms(build.median),
    ms(build.max),
    ms(reopen.median),
    ms(centroids.median),
    (snapUs / 1000).toFixed(4),
    `${((snapped / pointers.length) * 100).toFixed(0)}%`,
    `${ms(small.median)} (${count((small.last as Uint32Array).length)})`,
    `${ms(lassoRun.median)} (${count((lassoRun.last as Uint32Array).length)})`,
    `${ms(all.median)} (${count((all.last as Uint32Array).length)})`,
    `${ms(refusal.median)} ${refusal.last ? (refusal.last as { code: string }).code : 'accepted'}`,
  ]);
}
console.log(
  textTable(['plots', 'index build ms (median)', 'build max', 'reopen transferred ms', 'centroids once ms', 'snap ms/query', 'snapped', 'box 1% ms (plots)', 'lasso 10% ms (plots)', 'box all ms (plots)', 'refusal check ms'], rows),
);
