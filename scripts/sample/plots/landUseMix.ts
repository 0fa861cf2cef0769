/** Which use a block and each of its lots get, by the park's character and the block's place. */
import type { LandUseCategory } from '../../../src/index.ts';
import type { Rng } from '../lib/prng.ts';
import type { BlockUse, LayoutProfile } from '../profiles.ts';

/** Uses that a park's enterprises occupy; outlying pieces are almost only these. */
const ENTERPRISE_USES: readonly BlockUse[] = ['industrial', 'rnd', 'logistics', 'office', 'commercial'];
/** Uses that can dominate a zone of several blocks. */
const ZONE_USES: readonly BlockUse[] = [...ENTERPRISE_USES, 'residential', 'green'];
/** Share of blocks that take their zone's use. */
const ZONE_SHARE = 0.7;

function restricted(weights: Readonly<Partial<Record<BlockUse, number>>>, uses: readonly BlockUse[]): Partial<Record<BlockUse, number>> {
  const out: Partial<Record<BlockUse, number>> = {};
  for (const use of uses) if (weights[use]) out[use] = weights[use];
  return out;
}

function withCore(profile: LayoutProfile, nearCore: boolean): Partial<Record<BlockUse, number>> {
  const weights: Partial<Record<BlockUse, number>> = { ...profile.blockUse };
  if (nearCore) for (const [use, w] of Object.entries(profile.coreUse) as [BlockUse, number][]) weights[use] = (weights[use] ?? 0) + w;
  return weights;
}

/** The dominant use of a zone. */
export function zoneUseFor(profile: LayoutProfile, nearCore: boolean, farFlung: boolean, rng: Rng): BlockUse {
  const weights = withCore(profile, nearCore);
  if (weights.green) weights.green /= 2;
  if (weights.residential) weights.residential /= 3;
  return rng.weighted(restricted(weights, farFlung ? ENTERPRISE_USES : ZONE_USES));
}

export function blockUseFor(profile: LayoutProfile, zoneUse: BlockUse, nearCore: boolean, farFlung: boolean, rng: Rng): BlockUse {
  if (rng.chance(ZONE_SHARE)) return zoneUse;
  const weights = withCore(profile, nearCore);
  return rng.weighted(farFlung ? restricted(weights, ENTERPRISE_USES) : weights);
}

/** Most lots take their block's use; a few small ones are a substation, a pocket park, a shop. */
export function lotUseFor(blockUse: BlockUse, lotAreaM2: number, rng: Rng): LandUseCategory {
  if (blockUse === 'green' || blockUse === 'road') return blockUse;
  if (lotAreaM2 < 9_000 && rng.chance(0.035)) return 'utility';
  if (rng.chance(0.015)) return 'green';
  if ((blockUse === 'industrial' || blockUse === 'logistics') && lotAreaM2 < 12_000 && rng.chance(0.03)) return 'commercial';
  if (blockUse === 'rnd' && rng.chance(0.06)) return 'office';
  if (blockUse === 'office' && rng.chance(0.1)) return 'commercial';
  return blockUse;
}
