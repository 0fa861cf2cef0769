/**
 * Sample proposals (data/sample/proposals/*.parktwin-proposal.json), made with the core on the
 * sample itself so they always apply cleanly: the three sub-parks with the most removal candidates
 * that have outside land next to their main block. One is the suggestion as drafted and submitted,
 * one a manager's edit of it (half the removals, the two best plots, and new land drawn), one an
 * approved suggestion with its review trail.
 */
import { createHash } from 'node:crypto';
import {
  analyze,
  createPlotTableBuilder,
  defaultLandUseTable,
  proposalJson,
  suggestProposal,
  DEFAULT_PARAMS,
  PROPOSAL_FILE_EXTENSION,
  type Proposal,
} from '../../../src/index.ts';
import type { PlotFeature } from '../generateSubpark.ts';
import type { SubparkFeature } from '../subparkFeature.ts';

import { SAMPLE_AS_OF } from '../attributes/edgeCases.ts';

export function sampleProposals(
  plots: readonly PlotFeature[],
  plotsText: string,
  subparks: readonly SubparkFeature[],
  spare: ReadonlyMap<string, PlotFeature>,
): Map<string, string> {
  const builder = createPlotTableBuilder(defaultLandUseTable());
  plots.forEach((f, i) => builder.add(f, i));
  const { table } = builder.finish();
  const analysis = analyze(table, { asOf: SAMPLE_AS_OF });
  const baseline = { plotCount: table.count, sha256: createHash('sha256').update(plotsText).digest('hex') };
  const nameOf = new Map(subparks.map((s) => [s.properties.id, s.properties.name]));

  const ranked = analysis.subparks
    .filter((s) => s.flagCounts['removal-candidate'] > 0)
    .sort((a, b) => b.flagCounts['removal-candidate'] - a.flagCounts['removal-candidate'] || (a.subparkId < b.subparkId ? -1 : 1))
    .map((s) => ({ id: s.subparkId, suggestion: suggestProposal(table, analysis, s.subparkId, DEFAULT_PARAMS) }))
    .filter((s) => s.suggestion.candidates.length >= 2 && spare.has(s.id))
    .slice(0, 3);
  if (ranked.length < 3) throw new Error(`only ${ranked.length} sub-parks can carry a sample proposal`);

  const files = new Map<string, string>();
  const write = (name: string, p: Proposal) => files.set(`${name}${PROPOSAL_FILE_EXTENSION}`, JSON.stringify(proposalJson(p), null, 1) + '\n');
  const stamp = (p: Proposal, over: Partial<Proposal>): Proposal => ({ ...p, baseline, author: '示例管理员', createdAt: '2026-11-20T09:00:00+08:00', updatedAt: '2026-11-25T16:30:00+08:00', ...over });

  const [first, second, third] = ranked;
  write(`${first.id}-suggestion`, stamp(first.suggestion.proposal, {
    id: `${first.id}-2026-01`,
    title: `${nameOf.get(first.id) ?? first.id} 2026 年度地块调整方案（建议稿）`,
    state: 'submitted',
    comments: [{ at: '2026-11-25T16:30:00+08:00', author: '示例管理员', text: '按移出候选全部调出，紧邻主区块的区外地块等面积调入，请审核。' }],
  }));

  const removal = second.suggestion.proposal.changes.find((c) => c.op === 'remove');
  const removeIds = removal?.op === 'remove' ? removal.plotIds.slice(0, Math.max(1, Math.ceil(removal.plotIds.length / 2))) : [];
  const best = second.suggestion.candidates.slice(0, 2).map((c) => c.id);
  const drawn = spare.get(second.id) as PlotFeature;
  write(`${second.id}-draft`, stamp(second.suggestion.proposal, {
    id: `${second.id}-2026-02`,
    title: `${nameOf.get(second.id) ?? second.id} 边界调整（草稿）`,
    state: 'draft',
    changes: [
      { op: 'remove', plotIds: removeIds, reason: '连续两年综合绩效评价不合格，整改未见成效' },
      { op: 'assign', plotIds: best, to: second.id, reason: '紧邻主区块，已建成投产，亩均产出高' },
      { op: 'add', feature: { type: 'Feature', properties: { ...drawn.properties, subparkId: second.id }, geometry: drawn.geometry }, reason: '新增规划工业用地' },
    ],
  }));

  write(`${third.id}-approved`, stamp(third.suggestion.proposal, {
    id: `${third.id}-2026-01`,
    title: `${nameOf.get(third.id) ?? third.id} 2026 年度地块调整方案`,
    state: 'approved',
    comments: [
      { at: '2026-11-21T10:00:00+08:00', author: '示例管理员', text: '提交审核。' },
      { at: '2026-11-25T16:30:00+08:00', author: '市科委（示例）', text: '总量平衡，同意。' },
    ],
  }));
  return files;
}
