import { downloadBlob } from '../export/downloadBlob.ts';
import { PROPOSAL_FILE_EXTENSION, proposalJson, type Proposal } from '../../src/index.ts';

/** The §8 file's text (UTF-8 JSON, members in order), as exported and as the CLI reads it. */
export function proposalFileText(proposal: Proposal): string {
  return JSON.stringify(proposalJson(proposal), null, 1) + '\n';
}

/** A file name from the proposal id, kept to characters every file system takes. */
export function proposalFileName(proposal: Proposal): string {
  return proposal.id.replace(/[^\p{L}\p{N}._-]+/gu, '_') + PROPOSAL_FILE_EXTENSION;
}

export function downloadProposal(proposal: Proposal): void {
  downloadBlob(new Blob([proposalFileText(proposal)], { type: 'application/json' }), proposalFileName(proposal));
}

/** The sample proposals served with the viewer (data/sample/proposals/). */
export const SAMPLE_PROPOSALS = [
  'jiading-draft.parktwin-proposal.json',
  'minhang-suggestion.parktwin-proposal.json',
  'qingpu-approved.parktwin-proposal.json',
] as const;

export async function fetchSampleProposal(name: string): Promise<unknown> {
  const response = await fetch(`/data/sample/proposals/${name}`);
  if (!response.ok) throw new Error(`${response.status} ${name}`);
  return response.json();
}
