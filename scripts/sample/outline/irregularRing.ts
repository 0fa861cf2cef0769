import type { Rng } from '../lib/prng.ts';
import type { XY } from '../lib/planar.ts';

export interface RingShape {
  /** Low harmonics of the radius: amplitude and phase for k = 2..(2 + n − 1). */
  harmonics: { amp: number; phase: number }[];
  aspect: number;
  angleRad: number;
  vertices: number;
}

/** Draws the shape of an irregular outline: a smooth, star-shaped blob, stretched and turned. */
export function drawRingShape(rng: Rng, aspect: number, angleDeg: number, vertices: number, roughness: number): RingShape {
  const harmonics = [];
  for (let k = 2; k <= 6; k++) harmonics.push({ amp: (rng.range(0.3, 1) * roughness) / k, phase: rng.range(0, 2 * Math.PI) });
  return { harmonics, aspect, angleRad: (angleDeg * Math.PI) / 180, vertices };
}

/** The outline as a counter-clockwise ring of metric points about (0, 0), for a scale in metres. */
export function ringOfShape(shape: RingShape, scaleM: number): XY[] {
  const ring: XY[] = [];
  const sx = Math.sqrt(shape.aspect);
  const cos = Math.cos(shape.angleRad);
  const sin = Math.sin(shape.angleRad);
  for (let i = 0; i < shape.vertices; i++) {
    const t = (2 * Math.PI * i) / shape.vertices;
    let r = 1;
    shape.harmonics.forEach((h, j) => {
      r += h.amp * Math.cos((j + 2) * t + h.phase);
    });
    r = Math.max(r, 0.45) * scaleM;
    const x = r * Math.cos(t) * sx;
    const y = (r * Math.sin(t)) / sx;
    ring.push([x * cos - y * sin, x * sin + y * cos]);
  }
  return ring;
}
