/**
 * Yearly economics of an enterprise plot (万元, headcount) from its occupied floor area. Values are
 * rough per use; each sub-park is then calibrated (calibrateEconomics) so that its labour
 * productivity and R&D intensity land on published figures.
 */
import type { LandUseCategory } from '../../../src/index.ts';
import type { Rng } from '../lib/prng.ts';

export interface Economics {
  revenue: number;
  tax: number;
  valueAdded: number;
  rdSpend: number;
  employees: number;
}

interface UseEconomics {
  /** m² of occupied floor area per employee */
  m2PerEmployee: [number, number];
  /** median revenue per employee, 万元 */
  revenuePerEmployee: number;
  valueAddedShare: [number, number];
  rdShare: [number, number];
}

const BY_USE: Readonly<Partial<Record<LandUseCategory, UseEconomics>>> = {
  industrial: { m2PerEmployee: [140, 320], revenuePerEmployee: 160, valueAddedShare: [0.18, 0.3], rdShare: [0.01, 0.06] },
  rnd: { m2PerEmployee: [35, 70], revenuePerEmployee: 120, valueAddedShare: [0.32, 0.5], rdShare: [0.08, 0.25] },
  logistics: { m2PerEmployee: [400, 900], revenuePerEmployee: 240, valueAddedShare: [0.12, 0.22], rdShare: [0, 0.01] },
  office: { m2PerEmployee: [15, 30], revenuePerEmployee: 150, valueAddedShare: [0.35, 0.55], rdShare: [0.005, 0.04] },
  commercial: { m2PerEmployee: [35, 70], revenuePerEmployee: 80, valueAddedShare: [0.22, 0.38], rdShare: [0, 0.005] },
};

/** `quality` as in evaluations: weak plots earn less per head. */
export function economics(category: LandUseCategory, occupiedGfaM2: number, quality: number, rng: Rng): Economics | undefined {
  const e = BY_USE[category];
  if (!e || occupiedGfaM2 <= 0) return undefined;
  const employees = Math.max(1, Math.round(occupiedGfaM2 / rng.range(e.m2PerEmployee[0], e.m2PerEmployee[1])));
  const perHead = rng.logNormal(e.revenuePerEmployee * Math.exp(0.25 * quality), 0.45);
  const revenue = Math.max(10, Math.round(employees * perHead));
  return {
    revenue,
    tax: Math.round(revenue * rng.range(0.025, 0.08)),
    valueAdded: Math.round(revenue * rng.range(e.valueAddedShare[0], e.valueAddedShare[1])),
    rdSpend: Math.round(revenue * rng.range(e.rdShare[0], e.rdShare[1])),
    employees,
  };
}

/**
 * Scales value added and R&D spending of a sub-park's plots so that Σ valueAdded / Σ employees
 * and Σ rdSpend / Σ revenue (over plots that carry them) equal the targets.
 */
export function calibrateEconomics(plots: Economics[], labourProductivity: number, rdIntensity: number): void {
  const sum = (f: (e: Economics) => number): number => plots.reduce((s, e) => s + f(e), 0);
  const employees = sum((e) => e.employees);
  const revenue = sum((e) => e.revenue);
  const vaFactor = (labourProductivity * employees) / Math.max(1, sum((e) => e.valueAdded));
  const rdFactor = (rdIntensity * revenue) / Math.max(1, sum((e) => e.rdSpend));
  for (const e of plots) {
    e.valueAdded = Math.min(e.revenue, Math.round(e.valueAdded * vaFactor));
    e.rdSpend = Math.min(e.revenue, Math.round(e.rdSpend * rdFactor));
  }
}
