/**
 * Superblocks between the through roads, split by branch roads into blocks (guillotine cuts, so
 * branch roads end at T-junctions the way they do on a real park plan).
 */
import type { Rng } from '../lib/prng.ts';
import type { LayoutProfile } from '../profiles.ts';
import { ROAD_WIDTH_M, rectHeight, rectWidth, type Rect, type RoadClass } from './rect.ts';
import type { RoadLine } from './roadLines.ts';

export interface Block {
  rect: Rect;
  /** Road class on the west (u0), east (u1), south (v0) and north (v1) sides. */
  sides: { w: RoadClass; e: RoadClass; s: RoadClass; n: RoadClass };
}

export interface Superblock {
  rect: Rect;
  blocks: Block[];
  /** Branch roads recorded as road plots. */
  roadStrips: Rect[];
}

export function superblocks(uLines: RoadLine[], vLines: RoadLine[], profile: LayoutProfile, rng: Rng, keep: (r: Rect) => boolean): Superblock[] {
  const out: Superblock[] = [];
  for (let j = 0; j + 1 < vLines.length; j++) {
    for (let i = 0; i + 1 < uLines.length; i++) {
      const rect: Rect = {
        u0: uLines[i].pos + uLines[i].widthM / 2,
        u1: uLines[i + 1].pos - uLines[i + 1].widthM / 2,
        v0: vLines[j].pos + vLines[j].widthM / 2,
        v1: vLines[j + 1].pos - vLines[j + 1].widthM / 2,
      };
      if (!keep(rect)) continue;
      const sides = { w: uLines[i].cls, e: uLines[i + 1].cls, s: vLines[j].cls, n: vLines[j + 1].cls };
      const sb: Superblock = { rect, blocks: [], roadStrips: [] };
      splitBlock({ rect, sides }, profile, rng, sb);
      out.push(sb);
    }
  }
  return out;
}

function splitBlock(block: Block, profile: LayoutProfile, rng: Rng, into: Superblock): void {
  const w = rectWidth(block.rect);
  const h = rectHeight(block.rect);
  const maxSide = rng.range(profile.blockMaxSideM[0], profile.blockMaxSideM[1]);
  if (Math.max(w, h) <= maxSide) {
    into.blocks.push(block);
    return;
  }
  const roadM = Math.round(rng.range(ROAD_WIDTH_M.branch[0], ROAD_WIDTH_M.branch[1]));
  const { u0, v0, u1, v1 } = block.rect;
  const t = rng.range(0.35, 0.65);
  if (w >= h) {
    const c = Math.round(u0 + w * t);
    const a = c - roadM / 2;
    const b = c + roadM / 2;
    splitBlock({ rect: { u0, v0, u1: a, v1 }, sides: { ...block.sides, e: 'branch' } }, profile, rng, into);
    splitBlock({ rect: { u0: b, v0, u1, v1 }, sides: { ...block.sides, w: 'branch' } }, profile, rng, into);
    if (rng.chance(profile.roadPlotShare)) into.roadStrips.push({ u0: a, v0, u1: b, v1 });
  } else {
    const c = Math.round(v0 + h * t);
    const a = c - roadM / 2;
    const b = c + roadM / 2;
    splitBlock({ rect: { u0, v0, u1, v1: a }, sides: { ...block.sides, n: 'branch' } }, profile, rng, into);
    splitBlock({ rect: { u0, v0: b, u1, v1 }, sides: { ...block.sides, s: 'branch' } }, profile, rng, into);
    if (rng.chance(profile.roadPlotShare)) into.roadStrips.push({ u0, v0: a, u1, v1: b });
  }
}
