/**
 * Edits of a proposal document (DOMAIN.md §8), each a pure updater `(proposal, …) => proposal`:
 * the store's undo/redo keeps the documents themselves. `now` is an ISO date-time, passed in so
 * the updaters stay pure.
 */
import { PROPOSAL_SCHEMA, type AddChange, type Proposal, type ProposalChange, type ProposalState, type UnreadableChange } from '../../src/index.ts';

type AnyChange = ProposalChange | UnreadableChange;

export interface NewProposalInput {
  id: string;
  title: string;
  subparkId: string;
  author: string;
  now: string;
  baseline?: Proposal['baseline'];
}

export function newProposal({ id, title, subparkId, author, now, baseline }: NewProposalInput): Proposal {
  const p: Proposal = { schema: PROPOSAL_SCHEMA, id, title, subparkId, state: 'draft', author, createdAt: now, updatedAt: now, changes: [], comments: [] };
  if (baseline) p.baseline = baseline;
  return p;
}

const touched = (p: Proposal, now: string, changes: AnyChange[]): Proposal => ({ ...p, changes, updatedAt: now });

/** Plot ids named by remove and assign changes (not added land). */
export function plotIdsOfProposal(p: Proposal): Set<string> {
  const ids = new Set<string>();
  for (const c of p.changes) if (c.op === 'remove' || c.op === 'assign') for (const id of c.plotIds) ids.add(id);
  return ids;
}

/** The proposal without these plot ids in any remove or assign change; a change left empty goes. */
export function withoutPlots(p: Proposal, ids: ReadonlySet<string>, now: string): Proposal {
  const changes: AnyChange[] = [];
  let changed = false;
  for (const c of p.changes) {
    if ((c.op === 'remove' || c.op === 'assign') && c.plotIds.some((id) => ids.has(id))) {
      changed = true;
      const plotIds = c.plotIds.filter((id) => !ids.has(id));
      if (plotIds.length) changes.push({ ...c, plotIds });
    } else changes.push(c);
  }
  return changed ? touched(p, now, changes) : p;
}

/**
 * These plots leave their sub-park: appended to the last remove change when it has the same
 * reason (one click after another builds one list), else a new change. Plots already named are left as they are.
 */
export function plotsOut(p: Proposal, ids: readonly string[], now: string, reason?: string): Proposal {
  const named = plotIdsOfProposal(p);
  const fresh = [...new Set(ids)].filter((id) => !named.has(id));
  if (!fresh.length) return p;
  const last = p.changes[p.changes.length - 1];
  if (last && last.op === 'remove' && last.reason === reason) {
    return touched(p, now, [...p.changes.slice(0, -1), { ...last, plotIds: [...last.plotIds, ...fresh] }]);
  }
  const change: ProposalChange = reason ? { op: 'remove', plotIds: fresh, reason } : { op: 'remove', plotIds: fresh };
  return touched(p, now, [...p.changes, change]);
}

/** These plots join sub-park `to` (appended to the last assign change to `to` with the same reason). */
export function plotsIn(p: Proposal, ids: readonly string[], to: string, now: string, reason?: string): Proposal {
  const named = plotIdsOfProposal(p);
  const fresh = [...new Set(ids)].filter((id) => !named.has(id));
  if (!fresh.length) return p;
  const last = p.changes[p.changes.length - 1];
  if (last && last.op === 'assign' && last.to === to && last.reason === reason) {
    return touched(p, now, [...p.changes.slice(0, -1), { ...last, plotIds: [...last.plotIds, ...fresh] }]);
  }
  const change: ProposalChange = reason ? { op: 'assign', plotIds: fresh, to, reason } : { op: 'assign', plotIds: fresh, to };
  return touched(p, now, [...p.changes, change]);
}

/**
 * A click on a plot: named already → taken back out of the proposal; in the proposing sub-park →
 * out; anywhere else (outside, another sub-park) → in.
 */
export function plotToggled(p: Proposal, id: string, plotSubparkId: string | null, now: string): Proposal {
  if (plotIdsOfProposal(p).has(id)) return withoutPlots(p, new Set([id]), now);
  if (p.subparkId && plotSubparkId === p.subparkId) return plotsOut(p, [id], now);
  return p.subparkId ? plotsIn(p, [id], p.subparkId, now) : plotsOut(p, [id], now);
}

/** New land (a GeoJSON Feature with §4 properties) as an add change. */
export function landAdded(p: Proposal, feature: GeoJSON.Feature, now: string, reason?: string): Proposal {
  const change: AddChange = reason ? { op: 'add', feature, reason } : { op: 'add', feature };
  return touched(p, now, [...p.changes, change]);
}

/** The id of an added feature (its properties' id, else the Feature's id). */
export function addedIdOf(change: AddChange): string | null {
  const f = change.feature as { id?: unknown; properties?: { id?: unknown } } | null;
  const id = f?.properties?.id ?? f?.id;
  return id === undefined || id === null ? null : String(id);
}

/** Drops the change at `index` (an added feature, or a whole list). */
export function changeDropped(p: Proposal, index: number, now: string): Proposal {
  if (index < 0 || index >= p.changes.length) return p;
  return touched(p, now, p.changes.filter((_, i) => i !== index));
}

/** The reason of the change at `index` (empty text removes it). */
export function reasonSet(p: Proposal, index: number, reason: string, now: string): Proposal {
  const c = p.changes[index];
  if (!c || c.op === 'unreadable') return p;
  const next = { ...c } as ProposalChange;
  if (reason.trim()) next.reason = reason;
  else delete next.reason;
  return touched(p, now, p.changes.map((x, i) => (i === index ? next : x)));
}

/** The next free `NEW-<n>` id for drawn land, given the ids in use. */
export function nextNewLandId(p: Proposal, taken: (id: string) => boolean = () => false): string {
  const used = new Set(p.changes.flatMap((c) => (c.op === 'add' ? [addedIdOf(c)] : [])));
  for (let n = 1; ; n++) {
    const id = `NEW-${n}`;
    if (!used.has(id) && !taken(id)) return id;
  }
}

export const titleSet = (p: Proposal, title: string, now: string): Proposal => ({ ...p, title, updatedAt: now });
export const authorSet = (p: Proposal, author: string, now: string): Proposal => ({ ...p, author, updatedAt: now });
export const stateSet = (p: Proposal, state: ProposalState, now: string): Proposal => ({ ...p, state, updatedAt: now });
export function commentAdded(p: Proposal, author: string, text: string, now: string): Proposal {
  if (!text.trim()) return p;
  return { ...p, comments: [...p.comments, { at: now, author, text }], updatedAt: now };
}
