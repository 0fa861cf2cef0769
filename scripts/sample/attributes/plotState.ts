/**
 * The development state of each enterprise plot, including the problems the policies target:
 * approved-but-unsupplied land, plots not started or suspended (idle when long enough), vacant
 * buildings — scattered singly, and in clusters of neighbouring plots that consolidation can find.
 */
import type { LandUseCategory } from '../../../src/index.ts';
import type { Rng } from '../lib/prng.ts';
import type { ParkCharacter } from '../subparkTypes.ts';

export type PlotState = 'built' | 'vacantBuilt' | 'underConstruction' | 'notStarted' | 'suspended' | 'unsupplied';

export const ENTERPRISE_CATEGORIES: readonly LandUseCategory[] = ['industrial', 'rnd', 'logistics', 'office', 'commercial'];

export interface StatePlot {
  category: LandUseCategory;
  areaM2: number;
  /** Plots with the same key are in one block (they touch). */
  blockKey: string;
  farFlung: boolean;
}

const SINGLE_RATES: Readonly<Record<ParkCharacter, Readonly<Partial<Record<PlotState, number>>>>> = {
  cbd: { unsupplied: 0.004, notStarted: 0.006, suspended: 0.004, underConstruction: 0.02, vacantBuilt: 0.03 },
  urban: { unsupplied: 0.008, notStarted: 0.01, suspended: 0.006, underConstruction: 0.025, vacantBuilt: 0.025 },
  science: { unsupplied: 0.012, notStarted: 0.012, suspended: 0.007, underConstruction: 0.035, vacantBuilt: 0.015 },
  suburban: { unsupplied: 0.018, notStarted: 0.014, suspended: 0.01, underConstruction: 0.025, vacantBuilt: 0.018 },
  heavy: { unsupplied: 0.018, notStarted: 0.012, suspended: 0.01, underConstruction: 0.035, vacantBuilt: 0.015 },
};

const CLUSTERS: Readonly<Record<ParkCharacter, number>> = { cbd: 1, urban: 1, science: 2, suburban: 2, heavy: 3 };
const CLUSTER_MIN_M2 = 35_000;

/** States per plot (undefined for plots that are not enterprise plots). */
export function plotStates(plots: readonly StatePlot[], character: ParkCharacter, areaKm2: number, rng: Rng): (PlotState | undefined)[] {
  const states: (PlotState | undefined)[] = plots.map((p) => {
    if (!ENTERPRISE_CATEGORIES.includes(p.category)) return undefined;
    let r = rng.next();
    for (const [state, rate] of Object.entries(SINGLE_RATES[character]) as [PlotState, number][]) {
      if (r < rate) return state;
      r -= rate;
    }
    return 'built';
  });

  // Clusters: every enterprise plot of a few blocks of 3.5 ha or more.
  const blocks = new Map<string, number[]>();
  plots.forEach((p, i) => {
    if (states[i] === undefined || p.farFlung) return;
    const list = blocks.get(p.blockKey);
    if (list) list.push(i);
    else blocks.set(p.blockKey, [i]);
  });
  const candidates = [...blocks.values()].filter((rows) => rows.length >= 2 && rows.reduce((s, i) => s + plots[i].areaM2, 0) >= CLUSTER_MIN_M2);
  const count = Math.min(candidates.length, CLUSTERS[character] + Math.floor(areaKm2 / 25));
  for (let k = 0; k < count; k++) {
    const [rows] = candidates.splice(rng.int(0, candidates.length - 1), 1);
    const kind: PlotState = character === 'cbd' || character === 'urban' ? 'vacantBuilt' : rng.weighted({ unsupplied: 4, notStarted: 2, suspended: 2, vacantBuilt: 2 });
    for (const i of rows) states[i] = rng.chance(0.8) ? kind : rng.pick<PlotState>(['unsupplied', 'notStarted', 'vacantBuilt']);
  }
  return states;
}
