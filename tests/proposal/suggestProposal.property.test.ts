import { describe, expect, it } from 'vitest';
import { plot, rect, type CaseFeature } from '../../scripts/golden/caseBuilder.ts';
import {
  analyze,
  applyProposal,
  DEFAULT_PARAMS,
  defaultLandUseTable,
  proposalBalance,
  proposalLedger,
  resolveParams,
  suggestProposal,
  type AnalysisParams,
} from '../../src/index.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';
import { tableOf } from '../helpers/tableOf.ts';

const AS_OF = '2026-06-30';
const FAILED = [{ year: 2024, pass: false }, { year: 2025, pass: false }];

/**
 * A seeded layout in metres: sub-park S fills the centre of an 8 × 8 grid of 120 m cells (plots of
 * 80-110 m, so neighbours are ≤ 40 m apart: one main block); plots outside every sub-park take some
 * of the ring around it (the inner ring within the join distance of the main block, the outer ring
 * not); a few small weak blocks of S lie kilometres away (removal candidates).
 */
function layout(seed: number): CaseFeature[] {
  const rnd = mulberry32(seed);
  const size = () => 80 + Math.floor(rnd() * 31);
  const features: CaseFeature[] = [];
  for (let i = 0; i < 8; i++) {
    for (let j = 0; j < 8; j++) {
      const inner = i >= 2 && i <= 5 && j >= 2 && j <= 5;
      const w = size();
      const h = size();
      const declared = rnd() < 0.5 ? { landAreaM2: w * h + Math.floor(rnd() * 200) } : {};
      if (inner) {
        features.push(plot(`s-${i}-${j}`, rect(i * 120, j * 120, w, h), { subparkId: 'S', ...declared }));
      } else if (rnd() < 0.6) {
        const economics = rnd() < 0.5 ? { gfaAboveM2: Math.floor(w * h * rnd() * 3), revenue: Math.floor(rnd() * 50000) } : {};
        const idle = rnd() < 0.2 ? { agreedStartDate: '2023-01-01' } : {};
        features.push(plot(`o-${i}-${j}`, rect(i * 120, j * 120, w, h), { subparkId: null, ...declared, ...economics, ...idle } as Record<string, unknown>));
      }
    }
  }
  const scattered = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < scattered; k++) {
    const plots = 1 + Math.floor(rnd() * 2);
    for (let m = 0; m < plots; m++) {
      const w = 40 + Math.floor(rnd() * 100);
      features.push(plot(`w-${k}-${m}`, rect(3000 + k * 800 + m * 150, 0, w, 60), { subparkId: 'S', evaluations: FAILED }));
    }
  }
  return features;
}

function paramsOf(rnd: () => number): AnalysisParams {
  const r = resolveParams({
    balanceMode: rnd() < 0.5 ? 'equal' : 'no-net-increase',
    balanceToleranceM2: [0, 500, 5000, 20000][Math.floor(rnd() * 4)],
  });
  if (!r.ok) throw new Error(r.errors.join());
  return r.params;
}

const mainShare = (result: ReturnType<typeof analyze>) => result.subparks.find((s) => s.subparkId === 'S')?.mainBlockShare ?? NaN;

describe('suggestProposal (seeded random layouts)', () => {
  for (let seed = 1; seed <= 25; seed++) {
    it(`seed ${seed}: balanced within the rule, main-block share does not fall, no plot used twice`, () => {
      const { table, issues } = tableOf(layout(seed));
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      const params = paramsOf(mulberry32(seed * 7919));
      const before = analyze(table, { asOf: AS_OF, params });
      const suggestion = suggestProposal(table, before, 'S', params);

      const ids = suggestion.proposal.changes.flatMap((c) => (c.op === 'remove' || c.op === 'assign' ? c.plotIds : []));
      expect(new Set(ids).size).toBe(ids.length);
      const removed = suggestion.proposal.changes.find((c) => c.op === 'remove');
      const removalCandidates = table.ids.filter((_, r) => table.subparkKeys[table.subparkIndex[r]] === 'S' && before.plots.flags[r] & (1 << 3));
      expect(removed?.op === 'remove' ? removed.plotIds : []).toEqual(removalCandidates.sort());
      expect(removalCandidates.length).toBeGreaterThan(0);

      const applied = applyProposal(table, suggestion.proposal, defaultLandUseTable(), []);
      expect(applied.issues).toEqual([]);
      const after = analyze(applied.table, { asOf: AS_OF, params });
      const ledger = proposalLedger({ before: table, beforeAreaM2: before.plots.areaM2, after: applied.table, afterAreaM2: after.plots.areaM2, moved: applied.moved });
      const balance = proposalBalance(ledger, params);
      if (params.balanceMode === 'no-net-increase') expect(suggestion.balanced).toBe(true);
      if (suggestion.balanced) expect(balance.ok).toBe(true);
      const row = ledger.find((l) => l.subparkId === 'S');
      expect(row?.outM2).toBeCloseTo(suggestion.outM2, 1);
      expect(row?.inM2).toBeCloseTo(suggestion.inM2, 1);

      expect(mainShare(after)).toBeGreaterThanOrEqual(mainShare(before) - 1e-9);
      // Every plot brought in joins the main block.
      const mainAfter = after.blocks.find((b) => b.subparkId === 'S' && b.isMain);
      const mainIds = new Set(mainAfter?.plotRows.map((r) => applied.table.ids[r]));
      for (const m of applied.moved) if (m.to === 'S') expect(mainIds.has(m.id)).toBe(true);
      // Only outside plots within the join distance are candidates: the outer ring never is.
      for (const c of suggestion.candidates) expect(c.id).toMatch(/^o-[1-6]-[1-6]$/);
    });
  }

  it('prefers a plot that links another block of the sub-park to the main block, then a built, productive one', () => {
    const features = [
      plot('m1', rect(0, 0, 100, 100), { subparkId: 'S', landAreaM2: 10000 }),
      plot('m2', rect(110, 0, 100, 100), { subparkId: 'S', landAreaM2: 10000 }),
      plot('x1', rect(420, 0, 100, 100), { subparkId: 'S', landAreaM2: 10000 }),
      plot('w1', rect(5000, 0, 50, 50), { subparkId: 'S', landAreaM2: 2500, evaluations: FAILED }),
      plot('w2', rect(5100, 0, 50, 50), { subparkId: 'S', landAreaM2: 2500, evaluations: FAILED }),
      plot('link', rect(220, 0, 190, 100), { subparkId: null, landAreaM2: 3000 } as Record<string, unknown>),
      plot('built', rect(0, 110, 100, 50), { subparkId: null, landAreaM2: 2000, gfaAboveM2: 4000, revenue: 9000 } as Record<string, unknown>),
      plot('empty', rect(110, 110, 100, 50), { subparkId: null, landAreaM2: 2000 } as Record<string, unknown>),
    ];
    const { table } = tableOf(features);
    const params = { ...DEFAULT_PARAMS, balanceToleranceM2: 0 };
    const before = analyze(table, { asOf: AS_OF, params });
    const s = suggestProposal(table, before, 'S', params, { createdAt: '2026-12-01T00:00:00Z' });
    expect(s.candidates.map((c) => [c.id, c.blocksLinked, c.built])).toEqual([['link', 1, false], ['built', 0, true], ['empty', 0, false]]);
    // out 5000: link (3000) + built (2000) fit exactly, empty would overshoot.
    expect(s.outM2).toBe(5000);
    expect(s.inM2).toBe(5000);
    expect(s.balanced).toBe(true);
    expect(s.proposal.changes).toEqual([
      expect.objectContaining({ op: 'remove', plotIds: ['w1', 'w2'] }),
      expect.objectContaining({ op: 'assign', plotIds: ['link', 'built'], to: 'S' }),
    ]);
    expect(s.proposal.createdAt).toBe('2026-12-01T00:00:00Z');
  });
});
