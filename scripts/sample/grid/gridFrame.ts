/**
 * A piece's grid frame: (u, v) metres along and across the road grid, turned by the grid angle and
 * gently bent. The bend moves u by a function of v only and v by a function of u only, so every
 * road keeps its width along its whole length.
 */
import type { Rng } from '../lib/prng.ts';
import type { XY } from '../lib/planar.ts';

export interface GridFrameParams {
  angleDeg: number;
  /** Bend amplitudes (m), wave numbers (rad/m) and phases of u(v) and v(u). */
  a1: number;
  a2: number;
  k1: number;
  k2: number;
  p1: number;
  p2: number;
}

export interface GridFrame {
  toXY(u: number, v: number): XY;
  toUV(x: number, y: number): XY;
}

export function drawGridFrameParams(angleDeg: number, amplitudeM: [number, number], rng: Rng): GridFrameParams {
  return {
    angleDeg,
    a1: rng.range(amplitudeM[0], amplitudeM[1]),
    a2: rng.range(amplitudeM[0], amplitudeM[1]),
    k1: (2 * Math.PI) / rng.range(3500, 9000),
    k2: (2 * Math.PI) / rng.range(3500, 9000),
    p1: rng.range(0, 2 * Math.PI),
    p2: rng.range(0, 2 * Math.PI),
  };
}

export function gridFrame(params: GridFrameParams): GridFrame {
  const { a1, a2, k1, k2, p1, p2 } = params;
  const cos = Math.cos((params.angleDeg * Math.PI) / 180);
  const sin = Math.sin((params.angleDeg * Math.PI) / 180);
  const f = (v: number): number => a1 * Math.sin(k1 * v + p1);
  const g = (u: number): number => a2 * Math.sin(k2 * u + p2);
  return {
    toXY(u, v) {
      const uu = u + f(v);
      const vv = v + g(u);
      return [uu * cos - vv * sin, uu * sin + vv * cos];
    },
    toUV(x, y) {
      const uu = x * cos + y * sin;
      const vv = -x * sin + y * cos;
      let u = uu;
      let v = vv;
      // Fixed point: the bend's slope is < 0.2, so this converges to well under a millimetre.
      for (let i = 0; i < 12; i++) {
        v = vv - g(u);
        u = uu - f(v);
      }
      return [u, v];
    },
  };
}
