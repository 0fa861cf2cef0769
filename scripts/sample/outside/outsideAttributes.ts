/**
 * Attributes of industrial land outside the sub-parks (区外工业用地): the land a proposal could bring
 * in. A share is good (built, productive, evaluations passed), most is ordinary, some is poor (idle,
 * vacant or failing its evaluations), so a manager has a real choice.
 */
import type { PlotProperties } from '../../../src/index.ts';
import type { Rng } from '../lib/prng.ts';
import { enterpriseName } from '../attributes/enterpriseNames.ts';

export type OutsideTier = 'good' | 'ordinary' | 'poor';

const M2_PER_MU = 10_000 / 15;
const TRADES = ['精密制造', '新材料', '智能装备', '电子科技', '汽车零部件', '生物科技', '机械'];

export function outsideAttributes(id: string, areaM2: number, tier: OutsideTier, rng: Rng): PlotProperties {
  const landUse = rng.weighted({ '100101': 6, M1: 1.5, '0802': 1.5, '1101': 1 });
  const p: PlotProperties = { id, subparkId: null, landUse, landAreaM2: Math.round(areaM2), landStatus: 'supplied' };
  const idle = tier === 'poor' && rng.chance(0.35);
  if (idle) {
    const year = rng.int(2022, 2024);
    p.agreedStartDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-15`;
    return p;
  }
  p.enterprise = enterpriseName(rng.pick(TRADES), rng);
  const startYear = rng.int(2005, 2020);
  p.agreedStartDate = `${startYear}-03-01`;
  p.actualStartDate = `${startYear}-${String(rng.int(4, 12)).padStart(2, '0')}-01`;
  const far = tier === 'good' ? rng.range(1.6, 2.6) : tier === 'ordinary' ? rng.range(0.8, 1.8) : rng.range(0.4, 1.2);
  p.gfaAboveM2 = Math.round(areaM2 * far);
  p.heightM = Math.round(rng.range(12, 36));
  if (tier === 'poor' && rng.chance(0.5)) p.vacancyRate = Math.round(rng.range(0.55, 0.9) * 100) / 100;
  const perMu = tier === 'good' ? rng.range(900, 2600) : tier === 'ordinary' ? rng.range(250, 900) : rng.range(40, 250);
  const revenue = Math.round((perMu * areaM2) / M2_PER_MU);
  p.revenue = revenue;
  p.tax = Math.round(revenue * rng.range(0.03, 0.08));
  p.valueAdded = Math.round(revenue * rng.range(0.2, 0.35));
  p.employees = Math.max(5, Math.round(revenue / rng.range(150, 400)));
  if (landUse === '0802' || rng.chance(0.4)) p.rdSpend = Math.round(revenue * rng.range(0.01, 0.08));
  const failing = tier === 'poor' ? rng.int(1, 2) : 0;
  p.evaluations = [2023, 2024, 2025].map((year, i) => {
    const pass = i < 3 - failing;
    return { year, pass, score: pass ? rng.int(65, 95) : rng.int(35, 59) };
  });
  return p;
}
