import type { SubparkIndicators } from '../../src/index.ts';

/** The §6 row of one sub-park from an analysis's figures, the zone's total for null; null when the sub-park has none. */
export function indicatorsOf(figures: { subparks: readonly SubparkIndicators[]; total: SubparkIndicators }, subparkId: string | null): SubparkIndicators | null {
  return subparkId === null ? figures.total : (figures.subparks.find((s) => s.subparkId === subparkId) ?? null);
}
