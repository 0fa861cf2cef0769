/** Floor area, mixed use, vacancy and height of a built plot, by use, park character and age. */
import type { LandUseCategory } from '../../../src/index.ts';
import type { Rng } from '../lib/prng.ts';
import type { ParkCharacter } from '../subparkTypes.ts';

type FarTable = Readonly<Partial<Record<LandUseCategory, Readonly<Record<ParkCharacter, number>>>>>;

/** Median FAR by use and park character (older plots lower, newer higher: see `builtFar`). */
const FAR_MEDIAN: FarTable = {
  industrial: { cbd: 2.0, urban: 1.8, science: 1.7, suburban: 1.25, heavy: 0.95 },
  rnd: { cbd: 3.6, urban: 2.8, science: 2.5, suburban: 1.9, heavy: 1.6 },
  logistics: { cbd: 1.5, urban: 1.4, science: 1.2, suburban: 1.0, heavy: 0.9 },
  office: { cbd: 6.5, urban: 3.6, science: 3.0, suburban: 2.2, heavy: 2.0 },
  commercial: { cbd: 4.0, urban: 3.0, science: 2.2, suburban: 1.6, heavy: 1.4 },
  residential: { cbd: 2.5, urban: 2.5, science: 2.2, suburban: 2.0, heavy: 1.8 },
  public: { cbd: 1.5, urban: 1.3, science: 1.0, suburban: 0.9, heavy: 0.8 },
  utility: { cbd: 0.6, urban: 0.5, science: 0.4, suburban: 0.35, heavy: 0.35 },
};

/** Building footprint share of the plot. */
const COVERAGE: Readonly<Partial<Record<LandUseCategory, [number, number]>>> = {
  industrial: [0.4, 0.6],
  rnd: [0.28, 0.42],
  logistics: [0.5, 0.62],
  office: [0.22, 0.4],
  commercial: [0.35, 0.55],
  residential: [0.18, 0.26],
  public: [0.22, 0.35],
  utility: [0.15, 0.35],
};

/** Storey height, metres. */
const STOREY_M: Readonly<Partial<Record<LandUseCategory, [number, number]>>> = {
  industrial: [6, 9],
  rnd: [4, 4.5],
  logistics: [9, 12],
  office: [4, 4.4],
  commercial: [4.5, 5.5],
  residential: [2.9, 3.1],
  public: [4, 4.5],
  utility: [6, 9],
};

export function hasBuildings(category: LandUseCategory): boolean {
  return FAR_MEDIAN[category] !== undefined;
}

export function builtFar(category: LandUseCategory, character: ParkCharacter, builtYear: number, rng: Rng): number {
  const median = FAR_MEDIAN[category]?.[character] ?? 1;
  // Plots built after the 2016–2021 land-efficiency rules are denser than old ones.
  const age = builtYear >= 2016 ? 1.25 : builtYear >= 2005 ? 1.0 : 0.8;
  return Math.min(15, Math.max(0.15, rng.logNormal(median * age, 0.32)));
}

export function buildingHeightM(category: LandUseCategory, far: number, supertall: boolean, rng: Rng): number {
  const [c0, c1] = COVERAGE[category] ?? [0.3, 0.5];
  const [s0, s1] = STOREY_M[category] ?? [4, 5];
  let floors = Math.max(1, Math.round(far / rng.range(c0, c1)));
  if (category === 'logistics') floors = Math.min(floors, 3);
  const height = floors * rng.range(s0, s1) + (floors === 1 ? 2 : 0);
  if (supertall) return Math.round(rng.range(380, 632));
  return Math.round(Math.min(height, 320));
}

export interface MixedUse {
  otherM2: number;
  amenityM2: number;
}

/**
 * Other industrial uses and living amenities within single-use industrial/R&D floor area. Most
 * plots are well inside the caps (30% together, 15% amenities); a few percent are over, some only
 * just over.
 */
export function mixedUse(gfaM2: number, rng: Rng): MixedUse {
  let other = rng.chance(0.55) ? rng.range(0, 0.16) : 0;
  let amenity = rng.chance(0.5) ? rng.range(0, 0.09) : 0;
  const r = rng.next();
  if (r < 0.012) {
    other = rng.range(0.16, 0.3);
    amenity = rng.range(0.151, 0.2);
  } else if (r < 0.032) {
    amenity = rng.range(0.02, 0.1);
    other = rng.range(0.302, 0.31) - amenity;
  } else if (r < 0.05) {
    amenity = rng.range(0.02, 0.14);
    other = rng.range(0.32, 0.48) - amenity;
  }
  return { otherM2: Math.round(gfaM2 * other), amenityM2: Math.round(gfaM2 * amenity) };
}

/** Vacant share of floor area: usually low, higher in offices; `vacant` for the problem plots. */
export function vacancyRate(category: LandUseCategory, character: ParkCharacter, vacant: boolean, rng: Rng): number {
  if (vacant) return Math.round(rng.range(0.5, 0.95) * 100) / 100;
  const mean = category === 'office' ? (character === 'cbd' ? 0.14 : 0.12) : category === 'commercial' ? 0.08 : 0.05;
  const v = mean * -Math.log(1 - rng.next() * 0.999);
  return Math.round(Math.min(0.45, v) * 100) / 100;
}
