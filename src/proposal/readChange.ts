import type { ProposalChange, ProposalIssue } from './proposal.ts';
import { kindOf } from './kindOf.ts';

/** One change of a proposal, checked for its shape (not yet against the plots: see applyProposal). */
export function readChange(raw: unknown, index: number): { change: ProposalChange | null; issues: ProposalIssue[] } {
  const issues: ProposalIssue[] = [];
  const error = (code: string, field: string | null, message: string, id: string | null = null) =>
    issues.push({ change: index, id, severity: 'error', code, field, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    error('invalid-change', null, `change ${index} must be an object with "op", got ${kindOf(raw)}; skipped`);
    return { change: null, issues };
  }
  const c = raw as Record<string, unknown>;
  const reason = typeof c.reason === 'string' ? c.reason : undefined;
  if (c.reason !== undefined && c.reason !== null && reason === undefined) {
    issues.push({ change: index, id: null, severity: 'warning', code: 'invalid-reason', field: 'reason', message: `reason must be text, got ${kindOf(c.reason)}; ignored` });
  }
  const withReason = <T extends ProposalChange>(change: T): T => (reason === undefined ? change : { ...change, reason });

  if (c.op === 'add') {
    if (typeof c.feature !== 'object' || c.feature === null || Array.isArray(c.feature)) {
      error('invalid-change', 'feature', `an add change needs "feature": a GeoJSON Feature, got ${kindOf(c.feature)}; skipped`);
      return { change: null, issues };
    }
    return { change: withReason({ op: 'add', feature: c.feature }), issues };
  }
  if (c.op !== 'remove' && c.op !== 'assign') {
    error('unknown-op', 'op', `op must be remove, assign or add, got ${kindOf(c.op)}; change skipped`);
    return { change: null, issues };
  }
  const plotIds = plotIdsOf(c.plotIds, error);
  let to: string | null = null;
  if (c.op === 'assign') {
    if (typeof c.to === 'string' && c.to !== '') to = c.to;
    else error('invalid-change', 'to', `an assign change needs "to": the id of the sub-park the plots join, got ${kindOf(c.to)}; skipped`);
  }
  if (plotIds === null || issues.some((i) => i.severity === 'error')) return { change: null, issues };
  if (c.op === 'remove') return { change: withReason({ op: 'remove', plotIds }), issues };
  return { change: withReason({ op: 'assign', plotIds, to: to as string }), issues };
}

function plotIdsOf(value: unknown, error: (code: string, field: string | null, message: string, id?: string | null) => void): string[] | null {
  if (!Array.isArray(value) || value.length === 0) {
    error('invalid-change', 'plotIds', `plotIds must be a non-empty list of plot ids, got ${kindOf(value)}; skipped`);
    return null;
  }
  const ids: string[] = [];
  const seen = new Set<string>();
  let ok = true;
  value.forEach((v: unknown, i) => {
    if (typeof v !== 'string' || v === '') {
      error('invalid-change', 'plotIds', `plotIds[${i}] must be a plot id (text), got ${kindOf(v)}; the change is skipped`);
      ok = false;
    } else if (seen.has(v)) {
      error('duplicate-plot-in-change', 'plotIds', `plot "${v}" is listed twice in this change; the change is skipped`, v);
      ok = false;
    } else {
      seen.add(v);
      ids.push(v);
    }
  });
  return ok ? ids : null;
}
