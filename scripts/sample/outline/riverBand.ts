/**
 * A canal or river (河道) through a piece: a gently meandering band across it, in the piece's
 * grid frame. Shanghai's parks are cut by such waterways; the plots stop at their banks.
 */
import type { XY } from '../lib/planar.ts';
import type { Rng } from '../lib/prng.ts';

export interface RiverBand {
  /** The water, counter-clockwise. */
  ring: XY[];
  /** Everything beyond the left bank, and beyond the right bank: a lot is cut to one or the other. */
  left: XY[];
  right: XY[];
}

/** Far enough to close the bank regions around any piece. */
const FAR_M = 200_000;

export function riverBand(extentM: number, rng: Rng): RiverBand {
  const widthM = rng.range(25, 60);
  const dir = rng.chance(0.5) ? rng.range(-0.35, 0.35) : Math.PI / 2 + rng.range(-0.35, 0.35);
  const offset = rng.range(-0.35, 0.35) * extentM;
  const amp = rng.range(40, 220);
  const wave = (2 * Math.PI) / rng.range(1200, 3500);
  const phase = rng.range(0, 2 * Math.PI);
  const half = extentM * 1.2;
  const cos = Math.cos(dir);
  const sin = Math.sin(dir);
  const centre: XY[] = [];
  for (let s = -half; s <= half; s += 120) {
    const t = offset + amp * Math.sin(wave * s + phase);
    centre.push([s * cos - t * sin, s * sin + t * cos]);
  }
  const left: XY[] = [];
  const right: XY[] = [];
  centre.forEach((p, i) => {
    const a = centre[Math.max(0, i - 1)];
    const b = centre[Math.min(centre.length - 1, i + 1)];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const nx = -(b[1] - a[1]) / len;
    const ny = (b[0] - a[0]) / len;
    left.push([p[0] + (nx * widthM) / 2, p[1] + (ny * widthM) / 2]);
    right.push([p[0] - (nx * widthM) / 2, p[1] - (ny * widthM) / 2]);
  });
  // Direction along the river and its left normal, for closing the bank regions far away.
  const [dx, dy] = [cos, sin];
  const [nx, ny] = [-sin, cos];
  const beyond = (bank: XY[], side: number): XY[] => {
    const first = bank[0];
    const last = bank[bank.length - 1];
    return [
      ...bank,
      [last[0] + dx * FAR_M, last[1] + dy * FAR_M],
      [last[0] + dx * FAR_M + side * nx * FAR_M, last[1] + dy * FAR_M + side * ny * FAR_M],
      [first[0] - dx * FAR_M + side * nx * FAR_M, first[1] - dy * FAR_M + side * ny * FAR_M],
      [first[0] - dx * FAR_M, first[1] - dy * FAR_M],
    ];
  };
  return { ring: [...right, ...left.slice().reverse()], left: beyond(left, 1), right: beyond(right, -1) };
}
