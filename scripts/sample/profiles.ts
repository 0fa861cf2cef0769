/**
 * How each kind of park is laid out: road spacing, block and lot sizes, and the land-use mix of its
 * blocks. Central-city parks are small blocks of towers; suburban parks are big industrial blocks.
 */
import type { LandUseCategory } from '../../src/index.ts';
import type { ParkCharacter } from './subparkTypes.ts';

/** What a block is mostly used for. */
export type BlockUse = Exclude<LandUseCategory, 'water' | 'other'>;

export interface LayoutProfile {
  /** Spacing of the through roads (trunk and secondary) of the grid, metres. */
  arterialSpacingM: [number, number];
  /** Probability that a through road is a trunk road (40–48 m) rather than secondary (24–36 m). */
  trunkShare: number;
  /** A block is split by a branch road (16–24 m) while its longer side exceeds a size in this range. */
  blockMaxSideM: [number, number];
  /** Median and spread of the lot area a block is divided into. */
  lotMedianM2: number;
  lotSigma: number;
  /** Lots are at most this deep from their road; deeper blocks are split back to back. */
  lotMaxDepthM: number;
  /** Probability of a protective green strip along a trunk road side of a block, and its depth. */
  greenStripShare: number;
  greenStripDepthM: [number, number];
  /** Probability that a branch road is recorded as a road plot of its own. */
  roadPlotShare: number;
  /** Amplitude of the gentle bend of the road grid, metres. */
  warpAmplitudeM: [number, number];
  /** Blocks near one another share a use: one zone (a Voronoi cell of the use map) per this area. */
  zoneSizeM2: number;
  blockUse: Readonly<Partial<Record<BlockUse, number>>>;
  /** Near the piece's centre (its service core), these uses gain weight. */
  coreUse: Readonly<Partial<Record<BlockUse, number>>>;
}

export const PROFILES: Readonly<Record<ParkCharacter, LayoutProfile>> = {
  cbd: {
    zoneSizeM2: 150_000,
    arterialSpacingM: [260, 420], trunkShare: 0.3, blockMaxSideM: [110, 190], lotMedianM2: 8_000, lotSigma: 0.55,
    lotMaxDepthM: 90, greenStripShare: 0.08, greenStripDepthM: [12, 25], roadPlotShare: 0.05, warpAmplitudeM: [0, 25],
    blockUse: { office: 46, commercial: 18, rnd: 9, residential: 5, public: 4, green: 8, utility: 1, road: 1, vacant: 1 },
    coreUse: { office: 30, commercial: 15 },
  },
  urban: {
    zoneSizeM2: 250_000,
    arterialSpacingM: [330, 560], trunkShare: 0.3, blockMaxSideM: [140, 240], lotMedianM2: 11_500, lotSigma: 0.6,
    lotMaxDepthM: 110, greenStripShare: 0.15, greenStripDepthM: [15, 30], roadPlotShare: 0.06, warpAmplitudeM: [0, 40],
    blockUse: { rnd: 30, office: 26, industrial: 8, commercial: 10, residential: 5, public: 3, green: 9, utility: 1.5, road: 1, vacant: 1 },
    coreUse: { office: 25, commercial: 15 },
  },
  science: {
    zoneSizeM2: 450_000,
    arterialSpacingM: [450, 760], trunkShare: 0.35, blockMaxSideM: [190, 330], lotMedianM2: 18_500, lotSigma: 0.7,
    lotMaxDepthM: 150, greenStripShare: 0.35, greenStripDepthM: [20, 40], roadPlotShare: 0.06, warpAmplitudeM: [20, 70],
    blockUse: { rnd: 40, industrial: 26, office: 7, commercial: 4, residential: 3, public: 2, green: 9, utility: 1.5, road: 1, vacant: 2, logistics: 2 },
    coreUse: { office: 20, commercial: 15, residential: 10 },
  },
  suburban: {
    zoneSizeM2: 600_000,
    arterialSpacingM: [520, 880], trunkShare: 0.35, blockMaxSideM: [220, 400], lotMedianM2: 20_000, lotSigma: 0.75,
    lotMaxDepthM: 170, greenStripShare: 0.45, greenStripDepthM: [20, 45], roadPlotShare: 0.05, warpAmplitudeM: [30, 100],
    blockUse: { industrial: 58, logistics: 9, rnd: 9, commercial: 3, office: 2, residential: 2, public: 1, green: 8, utility: 2, road: 1, vacant: 4 },
    coreUse: { commercial: 15, office: 10, residential: 12, rnd: 10 },
  },
  heavy: {
    zoneSizeM2: 1_000_000,
    arterialSpacingM: [700, 1150], trunkShare: 0.4, blockMaxSideM: [300, 560], lotMedianM2: 36_000, lotSigma: 0.8,
    lotMaxDepthM: 260, greenStripShare: 0.55, greenStripDepthM: [30, 60], roadPlotShare: 0.04, warpAmplitudeM: [40, 120],
    blockUse: { industrial: 60, logistics: 12, rnd: 5, commercial: 2, office: 1, residential: 1, public: 1, green: 9, utility: 3, road: 1, vacant: 5 },
    coreUse: { commercial: 12, office: 8, residential: 10, rnd: 10 },
  },
};
