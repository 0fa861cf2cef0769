/**
 * Every sub-park has green, utility and road plots (DOMAIN: "every park has roads, green and
 * utilities"); where the draw gave none, a small lot is turned into one.
 */
import type { LandUseCategory } from '../../../src/index.ts';
import type { RawPlot } from './rawPlot.ts';

const REQUIRED: readonly LandUseCategory[] = ['green', 'utility', 'road'];
const CONVERTIBLE: readonly LandUseCategory[] = ['industrial', 'rnd', 'office', 'commercial', 'logistics'];

export function ensureUses(plots: RawPlot[]): void {
  for (const use of REQUIRED) {
    if (plots.some((p) => p.category === use)) continue;
    let pick = -1;
    plots.forEach((p, i) => {
      if (p.kind === 'lot' && CONVERTIBLE.includes(p.category) && (pick < 0 || p.areaM2 < plots[pick].areaM2)) pick = i;
    });
    if (pick >= 0) plots[pick].category = use;
  }
}
