import { plot, rect, type CaseFeature } from '../../scripts/golden/caseBuilder.ts';
import type { PlotTable } from '../../src/index.ts';

/**
 * A small layout written in metres (scripts/golden/caseBuilder.ts) with declared land areas, so
 * every ledger figure below is plain arithmetic a reader can check by hand:
 *   sub-park A: a1 10000, a2 10000, a3 5000 (far east)
 *   sub-park B: b1 10000, b2 20000
 *   outside:    o1 8000, o2 (no landAreaM2: its geometry, 100 × 40 = 4000 m²)
 */
/** subparkId null: outside every sub-park (§4). */
const OUTSIDE: Record<string, unknown> = { subparkId: null };

export const CASE_PLOTS: CaseFeature[] = [
  plot('a1', rect(0, 0, 100, 100), { subparkId: 'A', landAreaM2: 10000 }),
  plot('a2', rect(110, 0, 100, 100), { subparkId: 'A', landAreaM2: 10000 }),
  plot('a3', rect(2000, 0, 50, 100), { subparkId: 'A', landAreaM2: 5000 }),
  plot('b1', rect(0, 500, 100, 100), { subparkId: 'B', landAreaM2: 10000 }),
  plot('b2', rect(110, 500, 100, 200), { subparkId: 'B', landAreaM2: 20000 }),
  plot('o1', rect(220, 0, 100, 80), { ...OUTSIDE, landAreaM2: 8000 }),
  plot('o2', rect(330, 0, 100, 40), OUTSIDE),
];

/** Every kind of change and every kind of problem of §8, in one proposal. */
export const CASE_PROPOSAL = {
  schema: 'parktwin-proposal/1',
  id: 'case-1',
  title: '张江A区调整方案',
  subparkId: 'A',
  state: 'draft',
  author: '测试',
  createdAt: '2026-12-01T09:00:00+08:00',
  changes: [
    { op: 'remove', plotIds: ['a3'], reason: '连续两年评价不合格且零散' },
    { op: 'assign', plotIds: ['o1'], to: 'A' },
    { op: 'assign', plotIds: ['b1'], to: 'A' },
    { op: 'add', feature: plot('n1', rect(0, -200, 100, 50), { subparkId: 'B', landAreaM2: 5000 }) },
    { op: 'remove', plotIds: ['a3'] },
    { op: 'assign', plotIds: ['zz'], to: 'A' },
    { op: 'assign', plotIds: ['a1'], to: 'C' },
    { op: 'add', feature: plot('n2', rect(50, 50, 100, 100), { subparkId: 'A' }) },
    { op: 'add', feature: plot('a2', rect(0, -400, 10, 10), { subparkId: 'A' }) },
    { op: 'add', feature: plot('n3', rect(0, 100, 100, 10), { subparkId: 'A', landAreaM2: 1000 }) },
    { op: 'remove', plotIds: ['a2', 'a2'] },
    { op: 'add', feature: { type: 'Feature', properties: { id: 'n4', subparkId: 'A', landUse: 'M1' }, geometry: null } },
  ],
  comments: [{ at: '2026-12-01T10:00:00+08:00', author: '区局', text: '请补充 a3 的评价材料' }],
};

/** Freezes the table and snapshots its typed arrays (which cannot be frozen), to prove it is not modified. */
export function frozenTable(table: PlotTable): { table: PlotTable; unchanged: () => boolean } {
  const snapshot = new Map<string, string>();
  const arrays = (t: PlotTable): [string, ArrayLike<number>][] => [
    ...Object.entries(t).filter(([, v]) => ArrayBuffer.isView(v)),
    ...Object.entries(t.numeric),
    ...Object.entries(t.dates),
  ] as [string, ArrayLike<number>][];
  for (const [k, v] of arrays(table)) snapshot.set(k, Array.from(v).join(','));
  Object.freeze(table);
  Object.freeze(table.ids);
  Object.freeze(table.subparkKeys);
  Object.freeze(table.numeric);
  Object.freeze(table.dates);
  return { table, unchanged: () => arrays(table).every(([k, v]) => snapshot.get(k) === Array.from(v).join(',')) };
}
