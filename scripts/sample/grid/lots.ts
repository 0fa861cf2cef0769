/**
 * A block divided into lots the way parcels are laid out: lots side by side along the road, back
 * to back when the block is deep, so every lot fronts a road; green strips along trunk roads.
 */
import type { Rng } from '../lib/prng.ts';
import type { LayoutProfile } from '../profiles.ts';
import type { Block } from './blocks.ts';
import { rectArea, rectHeight, rectWidth, type Rect } from './rect.ts';

export interface LotRect {
  rect: Rect;
  kind: 'lot' | 'greenStrip';
}

export const MIN_LOT_M2 = 2_000;
export const MAX_LOT_M2 = 200_000;

/** `singleLot`: a park, a school, a utility works: one lot for the block unless it is too big. */
export function subdivideBlock(block: Block, profile: LayoutProfile, rng: Rng, singleLot: boolean): LotRect[] {
  const out: LotRect[] = [];
  let r = { ...block.rect };
  const carve = (side: 's' | 'n' | 'w' | 'e'): void => {
    if (block.sides[side] !== 'trunk' || !rng.chance(profile.greenStripShare)) return;
    const d = Math.round(rng.range(profile.greenStripDepthM[0], profile.greenStripDepthM[1]));
    const along = side === 's' || side === 'n' ? rectHeight(r) : rectWidth(r);
    if (along - d < 70) return;
    const strip: Rect = { ...r };
    if (side === 's') {
      strip.v1 = r.v0 + d;
      r = { ...r, v0: strip.v1 };
    } else if (side === 'n') {
      strip.v0 = r.v1 - d;
      r = { ...r, v1: strip.v0 };
    } else if (side === 'w') {
      strip.u1 = r.u0 + d;
      r = { ...r, u0: strip.u1 };
    } else {
      strip.u0 = r.u1 - d;
      r = { ...r, u1: strip.u0 };
    }
    out.push({ rect: strip, kind: 'greenStrip' });
  };
  carve('s');
  carve('n');
  carve('w');
  carve('e');

  if (singleLot && rectArea(r) <= MAX_LOT_M2) {
    out.push({ rect: r, kind: 'lot' });
    return out;
  }
  const target = Math.min(MAX_LOT_M2, Math.max(MIN_LOT_M2, rng.logNormal(profile.lotMedianM2, profile.lotSigma)));
  // Lots about as deep as they are wide, never deeper than the park's usual depth.
  const depth = Math.min(profile.lotMaxDepthM, Math.sqrt(target) * rng.range(1.0, 1.6));
  backToBack(r, target, depth, profile, rng, out);
  return out;
}

function backToBack(r: Rect, target: number, depth: number, profile: LayoutProfile, rng: Rng, out: LotRect[]): void {
  const w = rectWidth(r);
  const h = rectHeight(r);
  const short = Math.min(w, h);
  if (short > 1.6 * depth && rectArea(r) > 2 * target) {
    const t = rng.range(0.4, 0.6);
    if (w < h) {
      const c = r.u0 + w * t;
      backToBack({ ...r, u1: c }, target, depth, profile, rng, out);
      backToBack({ ...r, u0: c }, target, depth, profile, rng, out);
    } else {
      const c = r.v0 + h * t;
      backToBack({ ...r, v1: c }, target, depth, profile, rng, out);
      backToBack({ ...r, v0: c }, target, depth, profile, rng, out);
    }
    return;
  }
  sideBySide(r, target, profile, rng, out);
}

function sideBySide(r: Rect, target: number, profile: LayoutProfile, rng: Rng, out: LotRect[]): void {
  const w = rectWidth(r);
  const h = rectHeight(r);
  const length = Math.max(w, h);
  const area = rectArea(r);
  const minWidth = profile.lotMaxDepthM < 100 ? 22 : 30;
  let k = Math.max(1, Math.round(area / target));
  if (rng.chance(0.12)) k = Math.max(1, Math.floor(k / 2));
  k = Math.max(k, Math.ceil(area / MAX_LOT_M2));
  k = Math.min(k, Math.max(1, Math.floor(length / minWidth)), Math.max(1, Math.floor(area / (1.8 * MIN_LOT_M2))));
  const weights = Array.from({ length: k }, () => rng.range(0.6, 1.5));
  const total = weights.reduce((s, x) => s + x, 0);
  let acc = 0;
  let prev = w >= h ? r.u0 : r.v0;
  weights.forEach((wt, i) => {
    acc += wt;
    const end = i === k - 1 ? (w >= h ? r.u1 : r.v1) : (w >= h ? r.u0 : r.v0) + (length * acc) / total;
    out.push({ rect: w >= h ? { ...r, u0: prev, u1: end } : { ...r, v0: prev, v1: end }, kind: 'lot' });
    prev = end;
  });
}
