import type { Random } from './random.ts';

/**
 * The outline of a plot inside its street-grid cell, in metres, counter-clockwise and closed
 * (x0,y0,x1,y1,…,x0,y0): 70% quadrilaterals with corners pulled in a little, 15% L-shapes, 15%
 * L-shapes with chamfered corners (7-9 vertices). Every shape stays inside its cell, so plots never
 * overlap and the roads between cells stay as wide as drawn.
 */
export function plotRingM(rng: Random, x0: number, y0: number, x1: number, y1: number): number[] {
  const w = x1 - x0;
  const h = y1 - y0;
  const corners: [number, number][] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  const kind = rng.next();
  const ring: number[] = [];
  if (kind < 0.7) {
    // At most 4 m, so two setbacks and a 42 m road stay within the 50 m join distance.
    const jx = Math.min(4, w * 0.06);
    const jy = Math.min(4, h * 0.06);
    const signs = [
      [1, 1],
      [-1, 1],
      [-1, -1],
      [1, -1],
    ];
    corners.forEach(([x, y], i) => ring.push(x + signs[i][0] * rng.uniform(0, jx), y + signs[i][1] * rng.uniform(0, jy)));
  } else {
    const cut = rng.int(0, 3);
    const chamfer = kind >= 0.85;
    corners.forEach(([px, py], i) => {
      const [ax, ay] = corners[(i + 3) % 4];
      const [bx, by] = corners[(i + 1) % 4];
      if (i === cut) {
        // L-shape: this corner loses a rectangle of 30-50% of each side.
        const s = rng.uniform(0.3, 0.5);
        const t = rng.uniform(0.3, 0.5);
        ring.push(px + (ax - px) * s, py + (ay - py) * s);
        ring.push(px + (ax - px) * s + (bx - px) * t, py + (ay - py) * s + (by - py) * t);
        ring.push(px + (bx - px) * t, py + (by - py) * t);
      } else if (chamfer && rng.chance(0.75)) {
        const c = Math.min(w, h) * rng.uniform(0.06, 0.15);
        const la = Math.hypot(ax - px, ay - py);
        const lb = Math.hypot(bx - px, by - py);
        ring.push(px + ((ax - px) / la) * c, py + ((ay - py) / la) * c);
        ring.push(px + ((bx - px) / lb) * c, py + ((by - py) / lb) * c);
      } else {
        ring.push(px, py);
      }
    });
  }
  ring.push(ring[0], ring[1]);
  return ring;
}

/** Shoelace area (m²) of a closed ring of x,y metres. */
export function ringAreaM2(ring: number[]): number {
  let sum = 0;
  for (let i = 0; i + 3 < ring.length; i += 2) sum += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
  return Math.abs(sum) / 2;
}
