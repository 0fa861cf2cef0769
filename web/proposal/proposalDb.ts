/**
 * Proposals saved in the browser (IndexedDB through `idb`): every edit is written at once, so a
 * closed tab, a crash or a reload loses nothing. Each record is the §8 file content, read back
 * through readProposal like any imported file.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { proposalJson, readProposal, type Proposal, type ProposalState } from '../../src/index.ts';

export const PROPOSAL_DB = 'parktwin-proposals';
const SESSION_KEY = 'open';

interface SavedRecord {
  id: string;
  /** proposalJson(proposal): the file as it would be exported. */
  file: Record<string, unknown>;
  savedAt: string;
}

interface ProposalDbSchema extends DBSchema {
  proposals: { key: string; value: SavedRecord };
  /** Which proposal was open in proposal mode, so a reload goes back to it. */
  session: { key: string; value: { proposalId: string | null } };
}

/** What the list of proposals shows. */
export interface SavedProposalSummary {
  id: string;
  title: string;
  subparkId: string | null;
  state: ProposalState;
  author: string;
  updatedAt: string;
  changeCount: number;
  commentCount: number;
}

let db: Promise<IDBPDatabase<ProposalDbSchema>> | null = null;

function database(): Promise<IDBPDatabase<ProposalDbSchema>> {
  db ??= openDB<ProposalDbSchema>(PROPOSAL_DB, 1, {
    upgrade(d) {
      d.createObjectStore('proposals', { keyPath: 'id' });
      d.createObjectStore('session');
    },
  });
  return db;
}

/** Writes the proposal (replacing the saved one with its id) and remembers it as the open one. */
export async function saveProposal(proposal: Proposal): Promise<void> {
  const d = await database();
  const tx = d.transaction(['proposals', 'session'], 'readwrite');
  await Promise.all([
    tx.objectStore('proposals').put({ id: proposal.id, file: proposalJson(proposal), savedAt: new Date().toISOString() }),
    tx.objectStore('session').put({ proposalId: proposal.id }, SESSION_KEY),
    tx.done,
  ]);
}

export async function loadProposal(id: string): Promise<Proposal | null> {
  const record = await (await database()).get('proposals', id);
  return record ? readProposal(record.file).proposal : null;
}

export async function deleteProposal(id: string): Promise<void> {
  await (await database()).delete('proposals', id);
}

export async function listProposals(): Promise<SavedProposalSummary[]> {
  const records = await (await database()).getAll('proposals');
  const out: SavedProposalSummary[] = [];
  for (const r of records) {
    const p = readProposal(r.file).proposal;
    if (!p) continue;
    out.push({
      id: p.id,
      title: p.title,
      subparkId: p.subparkId ?? null,
      state: p.state,
      author: p.author ?? '',
      updatedAt: p.updatedAt ?? r.savedAt,
      changeCount: p.changes.length,
      commentCount: p.comments.length,
    });
  }
  return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** The proposal open when the page was left, or null (proposal mode was closed). */
export async function openProposalId(): Promise<string | null> {
  return (await (await database()).get('session', SESSION_KEY))?.proposalId ?? null;
}

export async function setOpenProposalId(proposalId: string | null): Promise<void> {
  await (await database()).put('session', { proposalId }, SESSION_KEY);
}
