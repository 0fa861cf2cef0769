import { describe, expect, it } from 'vitest';
import type { SubparkIndicators } from '../../src/index.ts';
import { metricCardsOf } from '../../web/present/metricCards.ts';

const t = (key: string, options?: Record<string, unknown>) => (options && 'defaultValue' in options && !key.startsWith('targets.key.labour') ? String(options.defaultValue) : `${key}${options ? JSON.stringify(options) : ''}`);

const covered = (value: number | null, withData = 10) => ({ value, plotsWithData: withData, plotsApplicable: 12 });

function indicators(labourProductivity: number | null): SubparkIndicators {
  return {
    subparkId: 'huangpu', plotCount: 168, areaM2: 1.15e6, blockCount: 3, mainBlockShare: 0.5, idleAreaM2: 0, unsuppliedAreaM2: 0, vacantBuildingAreaM2: 0, potentialGfaM2: 0,
    flagCounts: { 'removal-candidate': 2 } as SubparkIndicators['flagCounts'],
    farIndustrial: covered(1.5), outputPerMu: covered(500), taxPerMu: covered(50), rdIntensity: covered(0.03), labourProductivity: covered(labourProductivity, labourProductivity === null ? 0 : 10), employees: covered(1000),
  };
}

describe('metric cards against targets', () => {
  it('shows a measured target as met or missed, with its year', () => {
    const cards = metricCardsOf(indicators(71.8), { labourProductivity: 75 }, { labourProductivity: 2026 }, 'zh', t);
    const card = cards.find((c) => c.key === 'target:labourProductivity')!;
    expect(card.status).toBe('below');
    expect(card.target).toContain('"year":2026');
    expect(metricCardsOf(indicators(80), { labourProductivity: 75 }, {}, 'zh', t).find((c) => c.key === 'target:labourProductivity')!.status).toBe('met');
  });
  it('keeps a target the plots cannot measure, as no data', () => {
    const cards = metricCardsOf(indicators(71.8), { threeLeadingIndustriesOutputYi: 700, talent: 46800 }, { threeLeadingIndustriesOutputYi: 2026 }, 'zh', t);
    const targets = cards.filter((c) => c.key.startsWith('target:'));
    expect(targets.map((c) => c.key)).toEqual(['target:threeLeadingIndustriesOutputYi', 'target:talent']);
    expect(targets.every((c) => c.status === 'noData' && c.value === 'targets.noData')).toBe(true);
  });
  it('says no data when no plot carries the measure', () => {
    const card = metricCardsOf(indicators(null), { labourProductivity: 75 }, {}, 'zh', t).find((c) => c.key === 'target:labourProductivity')!;
    expect(card.status).toBe('noData');
  });
  it('shows the zone figures without targets', () => {
    expect(metricCardsOf(indicators(70), {}, {}, 'zh', t).map((c) => c.key)).toEqual(['plotCount', 'areaM2', 'removal', 'idleAreaM2']);
  });
});
