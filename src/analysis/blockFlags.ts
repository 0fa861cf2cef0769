import { FLAG_BIT, type AnalysisParams, type Block } from '../schema/index.ts';
import { DISTANCE_TOLERANCE_M } from './linkedGroups.ts';

/** rectification column value of "effective" (RECTIFICATION_CODES). */
const EFFECTIVE = 1;

/**
 * `small-block`, `scattered-block` on the plots of non-main blocks, then `removal-candidate` =
 * weak and (small or scattered) and not effectively rectified (沪科规〔2026〕6号 measure 4: failing
 * two years running *and* 整改不力). An unknown rectification counts as not effective.
 */
export function applyBlockRules(blocks: readonly Block[], flags: Uint16Array, rectification: Uint8Array, params: AnalysisParams): void {
  for (const block of blocks) {
    if (block.isMain) continue;
    let bits = 0;
    if (block.areaM2 < params.smallBlockAreaM2) bits |= FLAG_BIT['small-block'];
    if (block.distanceToMainM > params.scatterDistanceM + DISTANCE_TOLERANCE_M) bits |= FLAG_BIT['scattered-block'];
    if (bits === 0) continue;
    for (const row of block.plotRows) {
      let mask = flags[row] | bits;
      if (mask & FLAG_BIT.weak && rectification[row] !== EFFECTIVE) mask |= FLAG_BIT['removal-candidate'];
      flags[row] = mask;
    }
  }
}
