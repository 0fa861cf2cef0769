import type { PlotGeometry } from '../worker/plotGeometry.ts';

/** [west, south, east, north] of the marked plots (marks ≠ 0) and the drawn land, or null when there is nothing. */
export function proposalBoundsOf(geometry: PlotGeometry, marks: Uint8Array | null, drawn: GeoJSON.FeatureCollection): [number, number, number, number] | null {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (lon: number, lat: number) => {
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  };
  const b = geometry.bounds;
  if (marks) {
    for (let p = 0; p < marks.length; p++) {
      if (marks[p] === 0) continue;
      add(b[4 * p], b[4 * p + 1]);
      add(b[4 * p + 2], b[4 * p + 3]);
    }
  }
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') add(c[0] as number, c[1] as number);
    else for (const x of c) visit(x);
  };
  for (const f of drawn.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(box[0]) ? box : null;
}
