import type { Proposal } from './proposal.ts';

/**
 * The proposal as its file (`.parktwin-proposal.json`) content: members in the §8 order, and each
 * change that could not be read written back exactly as it was found, so nothing a user wrote is lost.
 */
export function proposalJson(proposal: Proposal): Record<string, unknown> {
  const { changes, comments, ...rest } = proposal;
  const out: Record<string, unknown> = {};
  for (const key of ['schema', 'id', 'title', 'subparkId', 'state', 'author', 'createdAt', 'updatedAt', 'baseline'] as const) {
    if (rest[key] !== undefined) out[key] = rest[key];
  }
  out.changes = changes.map((c) => (c.op === 'unreadable' ? c.raw : c));
  out.comments = comments;
  return out;
}
