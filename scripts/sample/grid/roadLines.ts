import type { Rng } from '../lib/prng.ts';
import type { LayoutProfile } from '../profiles.ts';
import { ROAD_WIDTH_M, type RoadClass } from './rect.ts';

export interface RoadLine {
  /** Centre line position along the axis, metres. */
  pos: number;
  widthM: number;
  cls: RoadClass;
}

/** Through roads (trunk and secondary) across one axis of a piece, covering [min, max]. */
export function roadLines(min: number, max: number, profile: LayoutProfile, rng: Rng): RoadLine[] {
  const lines: RoadLine[] = [];
  let pos = min - rng.range(0, profile.arterialSpacingM[1]);
  while (true) {
    const cls: RoadClass = rng.chance(profile.trunkShare) ? 'trunk' : 'secondary';
    const [wMin, wMax] = ROAD_WIDTH_M[cls];
    lines.push({ pos, widthM: Math.round(rng.range(wMin, wMax)), cls });
    if (pos > max) break;
    pos += rng.range(profile.arterialSpacingM[0], profile.arterialSpacingM[1]);
  }
  return lines;
}
