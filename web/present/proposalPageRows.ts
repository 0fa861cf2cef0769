import type { Proposal } from '../../src/index.ts';
import type { ProposalEvaluation } from '../worker/proposalProtocol.ts';
import { rowOfPlotId } from '../proposal/plotIds.ts';
import { TOP_N } from './briefFigures.ts';

export interface MovedPlotRow {
  id: string;
  from: string | null;
  to: string | null;
  areaM2: number | null;
}

/** Area of added land as its feature states it (added land has no loaded row). */
function addedAreasM2(proposal: Proposal): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of proposal.changes) {
    if (c.op !== 'add') continue;
    const props = (c.feature as { properties?: Record<string, unknown> } | null)?.properties;
    if (props && typeof props.id === 'string' && typeof props.landAreaM2 === 'number') out.set(props.id, props.landAreaM2);
  }
  return out;
}

/**
 * The plots a proposal moves, largest first, at most `limit`, for a briefing page: each with where it
 * leaves and where it goes (null = outside every sub-park) and its area (the analysis's for loaded
 * plots, the feature's own for drawn land).
 */
export async function movedPlotRows(proposal: Proposal, evaluation: ProposalEvaluation, areaM2: Float64Array | Float32Array, limit = TOP_N): Promise<{ rows: MovedPlotRow[]; total: number }> {
  const added = addedAreasM2(proposal);
  const rows = await Promise.all(
    evaluation.moved.map(async (m): Promise<MovedPlotRow> => {
      const row = await rowOfPlotId(m.id);
      return { ...m, areaM2: row >= 0 && row < areaM2.length ? areaM2[row] : (added.get(m.id) ?? null) };
    }),
  );
  rows.sort((a, b) => (b.areaM2 ?? -1) - (a.areaM2 ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rows: rows.slice(0, limit), total: rows.length };
}
