/**
 * Boundary-adjustment proposals (调整方案), DOMAIN.md §8: a list of changes to a baseline plots
 * file that a park manager proposes and the bureau reviews.
 */
export const PROPOSAL_SCHEMA = 'parktwin-proposal/1';
export const PROPOSAL_FILE_EXTENSION = '.parktwin-proposal.json';

export const PROPOSAL_STATES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** The plots leave their sub-park: their subparkId becomes null (outside every sub-park). */
export interface RemoveChange {
  op: 'remove';
  plotIds: string[];
  reason?: string;
}

/** Existing plots (outside, or in another sub-park) join the sub-park `to`. */
export interface AssignChange {
  op: 'assign';
  plotIds: string[];
  to: string;
  reason?: string;
}

/** New land drawn by the user: a GeoJSON Feature with §4 properties; its subparkId says where it goes. */
export interface AddChange {
  op: 'add';
  /** Untrusted until applied: validated by the same plot validation as any input. */
  feature: unknown;
  reason?: string;
}

/**
 * A change that could not be read (unknown op, missing plot ids …). It is kept exactly as found so
 * that saving the proposal again loses nothing the user wrote; applying it is an issue.
 */
export interface UnreadableChange {
  op: 'unreadable';
  raw: unknown;
}

export type ProposalChange = RemoveChange | AssignChange | AddChange;

export interface ProposalComment {
  /** ISO date-time. */
  at: string;
  author: string;
  text: string;
}

export interface ProposalBaseline {
  plotCount: number;
  sha256: string;
}

export interface Proposal {
  schema: typeof PROPOSAL_SCHEMA;
  id: string;
  /** As the user wrote it (Chinese). */
  title: string;
  /** The proposing sub-park, when there is one. */
  subparkId?: string;
  state: ProposalState;
  author?: string;
  /** ISO date-times. */
  createdAt?: string;
  updatedAt?: string;
  baseline?: ProposalBaseline;
  changes: (ProposalChange | UnreadableChange)[];
  comments: ProposalComment[];
}

/** A problem with a proposal or one of its changes (the §8 issue: `change` in place of `index`). */
export interface ProposalIssue {
  /** 0-based index of the change; -1 for the proposal as a whole. */
  change: number;
  /** The plot id concerned, when there is one. */
  id: string | null;
  severity: 'error' | 'warning';
  code: string;
  /** The member of the change or proposal the problem is about; null for the whole of it. */
  field: string | null;
  message: string;
}
