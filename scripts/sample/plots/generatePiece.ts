/**
 * The plots of one piece: a road grid over the piece's outline, blocks between the roads, lots in
 * the blocks, each lot cut to the outline (and the rivers' banks), bent with the grid and turned
 * into lon/lat; the rivers themselves as water plots between the bridges.
 */
import type { Position } from 'geojson';
import { localProjection, unprojectXY, type LocalProjection } from '../../../src/index.ts';
import { isSimpleClosedRing, signedAreaXY, type XY } from '../lib/planar.ts';
import type { Rng } from '../lib/prng.ts';
import type { BlockUse, LayoutProfile } from '../profiles.ts';
import type { PlacedPiece } from '../outline/placedPiece.ts';
import { superblocks } from '../grid/blocks.ts';
import { gridFrame } from '../grid/gridFrame.ts';
import { MIN_LOT_M2, subdivideBlock } from '../grid/lots.ts';
import { outlineIndex } from '../grid/outlineIndex.ts';
import { rectArea, type Rect } from '../grid/rect.ts';
import { cornerIndex } from '../grid/tJunctions.ts';
import { simplifyRing } from '../grid/simplifyRing.ts';
import { blockUseFor, lotUseFor, zoneUseFor } from './landUseMix.ts';
import type { RawPlot } from './rawPlot.ts';
import { riverCut } from './riverCut.ts';

const SINGLE_LOT_USES: readonly BlockUse[] = ['green', 'utility', 'public', 'vacant', 'road'];
/** Lots cut to less than this share of their rectangle by the outline are left out (slivers). */
const MIN_KEPT_SHARE = 0.15;
/** Green strips, road and water plots: same floor as lots (0.2 ha). */
const MIN_STRIP_M2 = MIN_LOT_M2;

export function generatePiecePlots(piece: PlacedPiece, profile: LayoutProfile, rng: Rng): RawPlot[] {
  const frame = gridFrame(piece.frame);
  const outline = outlineIndex(piece.polygons, piece.lon0, piece.lat0, frame);
  const rivers = riverCut(piece.rivers);
  const b = outline.bounds;
  const { uLines, vLines } = piece;
  const overlaps = (r: Rect): boolean => r.u0 < b.u1 && r.u1 > b.u0 && r.v0 < b.v1 && r.v1 > b.v0 && r.u1 > r.u0 && r.v1 > r.v0;
  const proj = localProjection(piece.lon0, piece.lat0);
  const coreRadiusM = Math.min(900, Math.max(250, 0.22 * Math.sqrt(piece.areaM2 / Math.PI)));
  const nearCore = (u: number, v: number): boolean => Math.hypot(...frame.toXY(u, v)) < coreRadiusM;

  const zoneRng = rng.fork('zones');
  const zoneCount = Math.max(2, Math.round(piece.areaM2 / profile.zoneSizeM2));
  const zones = Array.from({ length: zoneCount }, () => {
    const u = zoneRng.range(b.u0, b.u1);
    const v = zoneRng.range(b.v0, b.v1);
    return { u, v, use: zoneUseFor(profile, nearCore(u, v), piece.farFlung, zoneRng) };
  });
  const zoneAt = (u: number, v: number): BlockUse => {
    let best = zones[0];
    let bestD = Infinity;
    for (const z of zones) {
      const d = (z.u - u) ** 2 + (z.v - v) ** 2;
      if (d < bestD) {
        bestD = d;
        best = z;
      }
    }
    return best.use;
  };

  const plots: RawPlot[] = [];
  const push = (xy: XY[], rect: Rect, kind: RawPlot['kind'], blockUse: BlockUse, block: number): void => {
    const areaM2 = signedAreaXY(xy);
    const keptShare = Math.min(1, areaM2 / rectArea(rect));
    if (areaM2 < (kind === 'lot' ? MIN_LOT_M2 : MIN_STRIP_M2) || (kind === 'lot' && keptShare < MIN_KEPT_SHARE)) return;
    const ring = lonLatRing(xy, proj);
    // Clipping can leave a degenerate ring where the outline grazes a lot; such a lot is left out.
    if (!ring || !isSimpleClosedRing(ring as XY[])) return;
    const category = kind === 'greenStrip' ? 'green' : kind === 'roadStrip' ? 'road' : kind === 'water' ? 'water' : lotUseFor(blockUse, areaM2, rng);
    plots.push({ ring, areaM2, kind, category, blockUse, block, keptShare });
  };

  let blockNo = 0;
  for (const sb of superblocks(uLines, vLines, profile, rng.fork('blocks'), overlaps)) {
    const blockLots = sb.blocks.map((block) => {
      const cu = (block.rect.u0 + block.rect.u1) / 2;
      const cv = (block.rect.v0 + block.rect.v1) / 2;
      const use = blockUseFor(profile, zoneAt(cu, cv), nearCore(cu, cv), piece.farFlung, rng);
      return { use, lots: subdivideBlock(block, profile, rng, SINGLE_LOT_USES.includes(use)) };
    });
    const corners = cornerIndex([...blockLots.flatMap((bl) => bl.lots.map((l) => l.rect)), ...sb.roadStrips]);
    const emit = (rect: Rect, kind: RawPlot['kind'], blockUse: BlockUse, block: number): void => {
      const cut = outline.clip(rect);
      if (cut === null) return;
      for (const part of rivers.beside(rect, cut)) {
        const uv = part.length === 4 && cut === 'inside' ? part : simplifyRing(part, 0.25);
        push(corners.withTJunctions(uv).map(([u, v]) => frame.toXY(u, v)), rect, kind, blockUse, block);
      }
    };
    for (const { use, lots } of blockLots) {
      const block = blockNo++;
      for (const lot of lots) emit(lot.rect, lot.kind === 'greenStrip' ? 'greenStrip' : 'lot', use, block);
    }
    for (const strip of sb.roadStrips) emit(strip, 'roadStrip', 'road', blockNo++);
    // Rivers: the part in this superblock (the gaps at the roads are the bridges), inside the park.
    if (outline.clip(sb.rect) === 'inside') {
      for (const water of rivers.waterIn(sb.rect)) push(simplifyRing(water, 0.25).map(([u, v]) => frame.toXY(u, v)), sb.rect, 'water', 'green', blockNo++);
    }
  }
  return plots;
}

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

/** Closed lon/lat ring at 6 decimals, repeated points dropped; null if it collapses. */
function lonLatRing(xy: XY[], proj: LocalProjection): Position[] | null {
  const ring: Position[] = [];
  for (const [x, y] of xy) {
    const [lon, lat] = unprojectXY(proj, x, y);
    const p = [round6(lon), round6(lat)];
    const last = ring[ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
  }
  while (ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]) ring.pop();
  if (ring.length < 3) return null;
  ring.push([ring[0][0], ring[0][1]]);
  return ring;
}
