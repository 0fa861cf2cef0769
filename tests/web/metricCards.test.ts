import { describe, expect, it } from 'vitest';
import type { Proposal, SubparkIndicators } from '../../src/index.ts';
import type { ProposalEvaluation } from '../../web/worker/proposalProtocol.ts';
import { proposalCardsOf } from '../../web/present/proposalCards.ts';
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

describe('cards of a slide that shows a proposal', () => {
  const row = (subparkId: string, outM2: number, inM2: number, plotsOut: number, plotsIn: number) => ({ subparkId, beforeM2: 1.15e6, outM2, inM2, afterM2: 1.15e6 - outM2 + inM2, deltaM2: inM2 - outM2, plotsOut, plotsIn });
  const after = { ...indicators(80), mainBlockShare: 0.62, flagCounts: { 'removal-candidate': 0 } as SubparkIndicators['flagCounts'] };
  function evaluation(ok: boolean): ProposalEvaluation {
    return {
      requestId: 1, ledger: [row('huangpu', 12_000, 11_400, 2, 1), row('*', 12_000, 11_400, 2, 1)],
      balance: { scope: 'subpark', mode: 'no-net-increase', toleranceM2: 500, ok, violations: [] },
      moved: [], before: { subparks: [indicators(80)], total: indicators(80) }, after: { subparks: [after], total: after },
      issues: [], marks: new Uint8Array(0), markedRows: new Uint32Array(0), unknownPlotIds: [], baselineMismatch: false, durationMs: 1,
    };
  }
  const proposal = { schema: 'parktwin-proposal/1', id: 'p', title: '黄浦园调整', subparkId: 'huangpu', state: 'draft', changes: [], comments: [] } as Proposal;

  it('gives the ledger of the proposing sub-park, the change against the balance rule, then before → after and the targets after', () => {
    const cards = proposalCardsOf(proposal, evaluation(true), { labourProductivity: 75 }, {}, 'zh', t);
    expect(cards.map((c) => c.key)).toEqual(['proposal:out', 'proposal:in', 'proposal:delta', 'proposal:mainShare', 'proposal:removal', 'target:labourProductivity']);
    const byKey = new Map(cards.map((c) => [c.key, c]));
    expect(byKey.get('proposal:out')!.value).toBe('18 亩');
    expect(byKey.get('proposal:out')!.coverage).toBe('present.plotsN{"n":2}');
    expect(byKey.get('proposal:delta')).toMatchObject({ value: '−600', unit: 'm²', status: 'met' });
    expect(byKey.get('proposal:mainShare')).toMatchObject({ value: '62%', target: 'present.proposalBefore{"value":"50%"}' });
    expect(byKey.get('proposal:removal')).toMatchObject({ value: '0', target: 'present.proposalBefore{"value":"2"}' });
    // The target is measured on the plots after the proposal.
    expect(byKey.get('target:labourProductivity')!.status).toBe('met');
    expect(proposalCardsOf(proposal, evaluation(false), {}, {}, 'zh', t).find((c) => c.key === 'proposal:delta')!.status).toBe('below');
  });
  it('uses the zone row when the proposal names no sub-park', () => {
    const zoneWide = { ...proposal, subparkId: undefined };
    const e = evaluation(true);
    e.ledger[1] = row('*', 30_000, 0, 5, 0);
    expect(proposalCardsOf(zoneWide, e, {}, {}, 'zh', t).find((c) => c.key === 'proposal:out')!.coverage).toBe('present.plotsN{"n":5}');
  });
  it('names the plots the proposal lists that these plots lack', () => {
    const e = { ...evaluation(true), unknownPlotIds: ['A', 'B', 'C', 'D'] };
    expect(proposalCardsOf(proposal, e, {}, {}, 'zh', t).find((c) => c.key === 'proposal:unknown')).toMatchObject({ label: 'present.proposalUnknown{"n":4}', value: 'A、B、C…', status: 'noData' });
  });
});
