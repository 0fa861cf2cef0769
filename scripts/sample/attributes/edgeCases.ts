/**
 * Plots with values exactly at a limit, so that "a value equal to a limit passes" is exercised on
 * real data: FAR exactly 2.0 / 3.0, mixed use exactly 30% and amenities exactly 15%, vacancy exactly
 * 0.5, idle exactly one year before the documented as-of date (SAMPLE_AS_OF), and a 29 February start.
 * All numbers divide exactly in floating point.
 */
export type EdgeCase = 'far2Mix30Amenity15' | 'rndFar3' | 'vacancy50' | 'idleExactlyOneYear' | 'notYetIdle' | 'suspendedExactlyOneYear' | 'leapDayStart';

/** Which sub-parks carry which edge cases. */
export const EDGE_CASES: Readonly<Record<string, readonly EdgeCase[]>> = {
  minhang: ['far2Mix30Amenity15', 'rndFar3', 'vacancy50', 'idleExactlyOneYear', 'notYetIdle', 'suspendedExactlyOneYear', 'leapDayStart'],
  zhangjiang: ['far2Mix30Amenity15', 'rndFar3', 'vacancy50'],
  jiading: ['idleExactlyOneYear', 'notYetIdle', 'far2Mix30Amenity15'],
  caohejing: ['far2Mix30Amenity15', 'leapDayStart', 'suspendedExactlyOneYear'],
  huangpu: ['vacancy50'],
};

/**
 * The as-of date the sample's problems are laid out for (and the tests use): after 2026-07-12, when
 * the city measures (沪科规〔2026〕6号) take effect, so the sample is read under the rules in force.
 */
export const SAMPLE_AS_OF = '2026-07-31';
/** One year before SAMPLE_AS_OF: land agreed (or suspended) on this day is idle exactly on the as-of date. */
export const ONE_YEAR_BEFORE_AS_OF = '2025-07-31';
/** The day after: not yet idle on the as-of date. */
export const LESS_THAN_A_YEAR_BEFORE_AS_OF = '2025-08-01';

/** Declared land area rounded to 50 m², so that 2×, 3× and the 15% shares are whole numbers. */
export function roundedLandAreaM2(areaM2: number): number {
  return Math.max(2_000, Math.round(areaM2 / 50) * 50);
}
