import {
  PROPOSAL_SCHEMA,
  PROPOSAL_STATES,
  type Proposal,
  type ProposalBaseline,
  type ProposalComment,
  type ProposalIssue,
  type ProposalState,
  type UnreadableChange,
} from './proposal.ts';
import { kindOf } from './kindOf.ts';
import { readChange } from './readChange.ts';

/**
 * Upgrades from older proposal schemas, keyed by their `schema` value: each returns the next
 * version's JSON, and they chain until PROPOSAL_SCHEMA. Empty while there is one version; add an
 * entry (and a fixture of the old version under tests/proposal/) when the format changes.
 */
export const PROPOSAL_UPGRADES: Readonly<Record<string, (old: Record<string, unknown>) => Record<string, unknown>>> = {};

const KNOWN_MEMBERS = new Set(['schema', 'id', 'title', 'subparkId', 'state', 'author', 'createdAt', 'updatedAt', 'baseline', 'changes', 'comments']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface ReadProposalResult {
  /** null when the input is not a proposal at all (not an object, another schema, no change list). */
  proposal: Proposal | null;
  /** Every problem found, in the order of the file: the proposal's members, then each change. */
  issues: ProposalIssue[];
}

/**
 * Reads an untrusted parsed `.parktwin-proposal.json`. Never throws; reports every problem it
 * finds, with the change index for a change. A change it cannot read is kept as `unreadable`
 * (so saving the proposal again keeps it) and applying the proposal reports and skips it.
 */
export function readProposal(json: unknown): ReadProposalResult {
  const issues: ProposalIssue[] = [];
  const fileIssue = (severity: ProposalIssue['severity'], code: string, field: string | null, message: string) =>
    issues.push({ change: -1, id: null, severity, code, field, message });
  try {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      fileIssue('error', 'not-a-proposal', null, `a proposal is a JSON object with "schema": "${PROPOSAL_SCHEMA}", got ${kindOf(json)}`);
      return { proposal: null, issues };
    }
    let p = json as Record<string, unknown>;
    const upgraded = upgradedToCurrent(p);
    if (typeof upgraded === 'string') {
      fileIssue('error', 'unknown-schema', 'schema', upgraded);
      return { proposal: null, issues };
    }
    p = upgraded;
    for (const key of Object.keys(p)) {
      if (!KNOWN_MEMBERS.has(key)) fileIssue('warning', 'unknown-member', key, `"${key}" is not a proposal member (${[...KNOWN_MEMBERS].join(', ')}); ignored`);
    }
    const id = requiredText(p.id, 'id', fileIssue);
    const title = requiredText(p.title, 'title', fileIssue);
    const state = stateOf(p.state, fileIssue);
    const proposal: Proposal = { schema: PROPOSAL_SCHEMA, id, title, state, changes: [], comments: [] };
    if (p.subparkId !== undefined && p.subparkId !== null) {
      if (typeof p.subparkId === 'string' && p.subparkId !== '') proposal.subparkId = p.subparkId;
      else fileIssue('warning', 'invalid-subpark-id', 'subparkId', `subparkId must be a sub-park id or null, got ${kindOf(p.subparkId)}; ignored`);
    }
    if (p.author !== undefined && p.author !== null) {
      if (typeof p.author === 'string') proposal.author = p.author;
      else fileIssue('warning', 'invalid-author', 'author', `author must be text, got ${kindOf(p.author)}; ignored`);
    }
    for (const key of ['createdAt', 'updatedAt'] as const) {
      const v = p[key];
      if (v === undefined || v === null) continue;
      if (typeof v === 'string' && DATE_TIME.test(v) && !Number.isNaN(Date.parse(v))) proposal[key] = v;
      else fileIssue('warning', 'invalid-date-time', key, `${key} must be an ISO date-time such as 2026-12-01T09:30:00+08:00, got ${kindOf(v)}; ignored`);
    }
    const baseline = baselineOf(p.baseline, fileIssue);
    if (baseline) proposal.baseline = baseline;
    proposal.comments = commentsOf(p.comments, fileIssue);

    if (!Array.isArray(p.changes)) {
      fileIssue('error', 'missing-changes', 'changes', `changes must be a list of changes, got ${kindOf(p.changes)}`);
      return { proposal: null, issues };
    }
    p.changes.forEach((raw, index) => {
      const read = readChange(raw, index);
      issues.push(...read.issues);
      proposal.changes.push(read.change ?? ({ op: 'unreadable', raw } satisfies UnreadableChange));
    });
    return { proposal, issues };
  } catch (error) {
    fileIssue('error', 'internal-error', null, `reading the proposal failed unexpectedly (${String(error)})`);
    return { proposal: null, issues };
  }
}

/** The proposal at the current schema, or why it cannot be read. */
function upgradedToCurrent(p: Record<string, unknown>): Record<string, unknown> | string {
  let current = p;
  for (let step = 0; step < 100; step++) {
    const schema = current.schema;
    if (schema === PROPOSAL_SCHEMA) return current;
    const upgrade = typeof schema === 'string' ? PROPOSAL_UPGRADES[schema] : undefined;
    if (!upgrade) break;
    current = upgrade(current);
  }
  const schema = current.schema;
  if (typeof schema === 'string' && /^parktwin-proposal\/\d+$/.test(schema)) {
    return `schema "${schema}" is not one this version reads (it reads "${PROPOSAL_SCHEMA}"); it may come from a newer ParkTwin`;
  }
  return `"schema" must be "${PROPOSAL_SCHEMA}", got ${kindOf(schema)}`;
}

type FileIssue = (severity: ProposalIssue['severity'], code: string, field: string | null, message: string) => void;

function requiredText(value: unknown, field: string, issue: FileIssue): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  issue('error', `missing-${field}`, field, `${field} must be non-empty text, got ${kindOf(value)}`);
  return typeof value === 'number' ? String(value) : '';
}

function stateOf(value: unknown, issue: FileIssue): ProposalState {
  if ((PROPOSAL_STATES as readonly unknown[]).includes(value)) return value as ProposalState;
  issue('error', 'invalid-state', 'state', `state must be one of ${PROPOSAL_STATES.join(', ')}, got ${kindOf(value)}; read as draft`);
  return 'draft';
}

function baselineOf(value: unknown, issue: FileIssue): ProposalBaseline | undefined {
  if (value === undefined || value === null) return undefined;
  const b = value as { plotCount?: unknown; sha256?: unknown };
  const countOk = typeof b.plotCount === 'number' && Number.isInteger(b.plotCount) && b.plotCount >= 0;
  const shaOk = typeof b.sha256 === 'string' && /^[0-9a-fA-F]{64}$/.test(b.sha256);
  if (typeof value === 'object' && !Array.isArray(value) && countOk && shaOk) {
    return { plotCount: b.plotCount as number, sha256: (b.sha256 as string).toLowerCase() };
  }
  issue('warning', 'invalid-baseline', 'baseline', 'baseline must be {"plotCount": whole number, "sha256": 64 hex digits}; ignored, so the plots file is not checked against it');
  return undefined;
}

function commentsOf(value: unknown, issue: FileIssue): ProposalComment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issue('warning', 'invalid-comments', 'comments', `comments must be a list of {at, author, text}, got ${kindOf(value)}; ignored`);
    return [];
  }
  const comments: ProposalComment[] = [];
  value.forEach((c: unknown, i) => {
    const o = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
    if (typeof o.text !== 'string') {
      issue('warning', 'invalid-comment', `comments[${i}]`, `comment ${i} has no text; ignored`);
      return;
    }
    comments.push({ at: typeof o.at === 'string' ? o.at : '', author: typeof o.author === 'string' ? o.author : '', text: o.text });
  });
  return comments;
}

