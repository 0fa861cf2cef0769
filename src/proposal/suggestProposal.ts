import { FLAG_BIT, OUTSIDE_SUBPARK, type AnalysisParams, type AnalysisResult, type PlotTable } from '../schema/index.ts';
import { projectedPlots } from '../geo/projectedPlots.ts';
import { distanceToRowsM, rowsIndex } from '../analysis/distanceToRows.ts';
import { DISTANCE_TOLERANCE_M } from '../analysis/linkedGroups.ts';
import { plotBoxes } from './plotOverlap.ts';
import { PROPOSAL_SCHEMA, type Proposal, type ProposalChange } from './proposal.ts';

export interface SuggestOptions {
  /** ISO date-time written as createdAt (the function is pure, so it does not read the clock). */
  createdAt?: string;
  author?: string;
}

export interface Suggestion {
  /** A draft for the manager to edit: one remove change, then one assign change (either may be absent). */
  proposal: Proposal;
  /** Ledger areas (declared landAreaM2, else geometric) of the plots taken out and brought in. */
  outM2: number;
  inM2: number;
  /** Whether in − out meets the balance mode within the tolerance (`equal` may be out of reach). */
  balanced: boolean;
  /** Outside plots within the join distance of the main block, best first, with why they rank there. */
  candidates: SuggestedCandidate[];
}

export interface SuggestedCandidate {
  id: string;
  areaM2: number;
  /** Other blocks of the sub-park within the join distance: joining them to the main block. */
  blocksLinked: number;
  /** Problem flags (idle, unsupplied, vacant, failed evaluations) the plot carries. */
  problemFlags: number;
  built: boolean;
  /** revenue (万元) per m² of land; 0 when unknown. */
  outputPerM2: number;
  chosen: boolean;
}

const PROBLEMS = FLAG_BIT['idle-land'] | FLAG_BIT['approved-unsupplied'] | FLAG_BIT['vacant-building'] | FLAG_BIT.weak | FLAG_BIT['evaluation-failed'];
const M_PER_DEGREE_LAT = 110_000;

/**
 * Drafts a balanced proposal for one sub-park (DOMAIN.md §8): take out its removal candidates, bring
 * in plots outside every sub-park that lie within the join distance of its main block, ranked by
 * contiguity gain (how many of the sub-park's other blocks they link to the main block), then by
 * their indicators (no problem flags, built, output per m²), then by id, adding each that keeps
 * in − out within the balance rule. Pure; `analysis` must be analyze(table).
 */
export function suggestProposal(
  table: PlotTable,
  analysis: AnalysisResult,
  subparkId: string,
  params: Pick<AnalysisParams, 'joinDistanceM' | 'balanceMode' | 'balanceToleranceM2'>,
  options: SuggestOptions = {},
): Suggestion {
  const s = table.subparkKeys.indexOf(subparkId);
  const outside = table.subparkKeys.indexOf(OUTSIDE_SUBPARK);
  const flags = analysis.plots.flags;
  const landArea = table.numeric.landAreaM2;
  const areaOf = (r: number) => (Number.isNaN(landArea[r]) ? analysis.plots.areaM2[r] : landArea[r]);

  const removeRows: number[] = [];
  for (let r = 0; r < table.count; r++) if (table.subparkIndex[r] === s && flags[r] & FLAG_BIT['removal-candidate']) removeRows.push(r);
  const outM2 = removeRows.reduce((sum, r) => sum + areaOf(r), 0);

  const candidates = s < 0 || outside < 0 ? [] : rankedCandidates(table, analysis, s, outside, params.joinDistanceM, areaOf);
  const tolerance = params.balanceToleranceM2;
  // The ledger rounds its figures to 0.01 m²; a sum that is not whole keeps that much room, so a
  // suggestion called balanced is balanced in the ledger too.
  const limit = (delta: number) => tolerance - (Number.isInteger(delta) ? 0 : 0.01);
  let inM2 = 0;
  for (const c of candidates) {
    const delta = inM2 + c.areaM2 - outM2;
    if (delta > limit(delta)) continue;
    inM2 += c.areaM2;
    c.chosen = true;
  }
  const delta = inM2 - outM2;
  const balanced = params.balanceMode === 'equal' ? Math.abs(delta) <= limit(delta) : delta <= limit(delta);

  const changes: ProposalChange[] = [];
  if (removeRows.length) {
    changes.push({ op: 'remove', plotIds: removeRows.map((r) => table.ids[r]).sort(), reason: '连续评价不合格且属小、散区块（移出候选） / removal candidates: weak and in a small or scattered block' });
  }
  const chosen = candidates.filter((c) => c.chosen);
  if (chosen.length) {
    changes.push({ op: 'assign', plotIds: chosen.map((c) => c.id), to: subparkId, reason: '紧邻主区块的区外地块，按连片增益与绩效排序 / outside plots next to the main block, ranked by contiguity and indicators' });
  }
  const proposal: Proposal = {
    schema: PROPOSAL_SCHEMA,
    id: `suggestion-${subparkId}`,
    title: `${subparkId} 调整方案（建议稿）`,
    subparkId,
    state: 'draft',
    changes,
    comments: [],
  };
  if (options.author !== undefined) proposal.author = options.author;
  if (options.createdAt !== undefined) proposal.createdAt = options.createdAt;
  return { proposal, outM2, inM2, balanced, candidates: candidates.map(({ row: _row, ...c }) => c) };
}

type RankedCandidate = SuggestedCandidate & { row: number };

function rankedCandidates(
  table: PlotTable,
  analysis: AnalysisResult,
  s: number,
  outside: number,
  joinDistanceM: number,
  areaOf: (r: number) => number,
): RankedCandidate[] {
  const subpark = table.subparkKeys[s];
  const blocks = analysis.blocks.filter((b) => b.subparkId === subpark);
  const main = blocks.find((b) => b.isMain);
  if (!main) return [];
  // Outside plots near the main block, found by boxes in degrees with a generous margin.
  const boxes = plotBoxes(table);
  const mainBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of main.plotRows) {
    mainBox[0] = Math.min(mainBox[0], boxes[4 * r]);
    mainBox[1] = Math.min(mainBox[1], boxes[4 * r + 1]);
    mainBox[2] = Math.max(mainBox[2], boxes[4 * r + 2]);
    mainBox[3] = Math.max(mainBox[3], boxes[4 * r + 3]);
  }
  const marginDeg = (2 * joinDistanceM) / (M_PER_DEGREE_LAT * Math.cos((mainBox[1] * Math.PI) / 180));
  const near: number[] = [];
  for (let r = 0; r < table.count; r++) {
    if (table.subparkIndex[r] !== outside) continue;
    if (boxes[4 * r] > mainBox[2] + marginDeg || boxes[4 * r + 2] < mainBox[0] - marginDeg) continue;
    if (boxes[4 * r + 1] > mainBox[3] + marginDeg || boxes[4 * r + 3] < mainBox[1] - marginDeg) continue;
    near.push(r);
  }
  if (near.length === 0) return [];
  // Measure in the sub-park's own frame: a probe table in which the near plots belong to it.
  const probeIndex = table.subparkIndex.slice();
  for (const r of near) probeIndex[r] = s;
  const probe: PlotTable = { ...table, subparkIndex: probeIndex };
  const geo = projectedPlots(probe);
  const mainIndex = rowsIndex(geo, main.plotRows);
  const others = blocks.filter((b) => !b.isMain).map((b) => rowsIndex(geo, b.plotRows));
  const limit = joinDistanceM + DISTANCE_TOLERANCE_M;
  const out: RankedCandidate[] = [];
  for (const r of near) {
    if (distanceToRowsM(probe, geo, [r], mainIndex) > limit) continue;
    const revenue = table.numeric.revenue[r];
    const gfa = table.numeric.gfaAboveM2[r];
    const areaM2 = areaOf(r);
    out.push({
      row: r,
      id: table.ids[r],
      areaM2,
      blocksLinked: others.filter((o) => distanceToRowsM(probe, geo, [r], o) <= limit).length,
      problemFlags: popcount(analysis.plots.flags[r] & PROBLEMS),
      built: gfa > 0,
      outputPerM2: Number.isFinite(revenue) && areaM2 > 0 ? revenue / areaM2 : 0,
      chosen: false,
    });
  }
  return out.sort(
    (a, b) =>
      b.blocksLinked - a.blocksLinked ||
      a.problemFlags - b.problemFlags ||
      Number(b.built) - Number(a.built) ||
      b.outputPerM2 - a.outputPerM2 ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}
