/**
 * The whole synthetic sample, reproducibly: same seed, same features. Sub-parks are placed in a
 * fixed order (each keeps clear of those placed before it), so the first sub-parks of
 * PLACEMENT_ORDER can be regenerated on their own and come out identical — the determinism test
 * uses that.
 */
import { readDistricts } from './lib/basemap.ts';
import { createRng } from './lib/prng.ts';
import { placeOutlines } from './outline/placeOutlines.ts';
import { SUBPARK_DEFS } from './subparks.ts';
import { generateSubpark, type PlotFeature } from './generateSubpark.ts';
import { subparkFeature, type SubparkFeature } from './subparkFeature.ts';
import { generateOutsideLand, type OutsideLand } from './outside/outsidePlots.ts';

export const DEFAULT_SEED = 'parktwin-sample-1';

/** Small, exactly located parks first, then the rest in table order. */
export const PLACEMENT_ORDER: readonly string[] = ['huangpu', 'zizhu', 'caohejing', ...SUBPARK_DEFS.map((d) => d.id).filter((id) => !['huangpu', 'zizhu', 'caohejing'].includes(id))];

export interface SampleOptions {
  seed?: string;
  /** Generate only the first `count` sub-parks of PLACEMENT_ORDER. */
  firstPlaced?: number;
}

export interface Sample {
  seed: string;
  subparks: SubparkFeature[];
  plots: PlotFeature[];
  /** Industrial land outside every sub-park (subparkId null), written after the sub-parks' plots. */
  outside: OutsideLand;
}

export function generateSample(options: SampleOptions = {}): Sample {
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = createRng(seed);
  const order = PLACEMENT_ORDER.slice(0, options.firstPlaced ?? PLACEMENT_ORDER.length);
  const districts = readDistricts();
  const placed = placeOutlines(SUBPARK_DEFS, order, districts, rng);
  const defs = SUBPARK_DEFS.filter((d) => placed.has(d.id));
  const subparks = defs.map((d) => subparkFeature(d, placed.get(d.id) ?? []));
  const plots = defs.flatMap((d) => generateSubpark(d, placed.get(d.id) ?? [], rng.fork(`subpark/${d.id}`)));
  const codes = new Map(defs.map((d) => [d.id, d.code]));
  const outside = generateOutsideLand(subparks, codes, districts, rng.fork('outside'));
  return { seed, subparks, plots, outside };
}
