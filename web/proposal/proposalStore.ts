import { create } from 'zustand';
import type { Proposal, ProposalIssue } from '../../src/index.ts';
import type { ProposalEvaluation } from '../worker/proposalProtocol.ts';
import type { SavedProposalSummary } from './proposalDb.ts';
import { edited, historyOf, redone, undone, type History } from './history.ts';

export type ProposalView = 'after' | 'before';
/** How a map click or gesture edits: click toggles a plot; the others come from the drawing tools. */
export type ProposalTool = 'click' | 'draw' | 'box' | 'lasso';

export interface ProposalUiState {
  /** Proposal mode is on (the panel shows, map clicks edit the proposal). */
  open: boolean;
  /** The proposal being edited, with its undo/redo; null on the start page of the mode. */
  history: History<Proposal> | null;
  /** Problems found when the proposal was read (import or sample), shown until it is closed. */
  readIssues: ProposalIssue[];
  evaluation: ProposalEvaluation | null;
  /** Id of the latest evaluation request; replies with another id are stale. */
  requestId: number;
  evaluating: boolean;
  error: string | null;
  view: ProposalView;
  tool: ProposalTool;
  /** Area selected with box or lasso marks plots in or out. */
  areaAction: 'out' | 'in';
  saved: SavedProposalSummary[];
  printOpen: boolean;
  /** Last time the document reached IndexedDB (ISO), or null. */
  savedAt: string | null;
  /** Land drawn on the map, waiting for its attributes before it becomes an add change. */
  pendingLand: GeoJSON.Feature<GeoJSON.Polygon> | null;
  /** The sub-park the start page offers first (entered from the sub-park list). */
  startSubparkId: string | null;
}

export const INITIAL_PROPOSAL_UI: Readonly<ProposalUiState> = Object.freeze({
  open: false,
  history: null,
  readIssues: [],
  evaluation: null,
  requestId: 0,
  evaluating: false,
  error: null,
  view: 'after',
  tool: 'click',
  areaAction: 'out',
  saved: [],
  printOpen: false,
  savedAt: null,
  pendingLand: null,
  startSubparkId: null,
});

export const modeOpened = (s: ProposalUiState, startSubparkId: string | null = null): ProposalUiState => ({ ...s, open: true, startSubparkId });
export const modeClosed = (s: ProposalUiState): ProposalUiState => ({ ...s, open: false, history: null, evaluation: null, readIssues: [], printOpen: false, error: null, tool: 'click', pendingLand: null });
export const proposalOpened = (s: ProposalUiState, proposal: Proposal, readIssues: ProposalIssue[] = []): ProposalUiState => ({
  ...s,
  open: true,
  history: historyOf(proposal),
  readIssues,
  evaluation: null,
  error: null,
  view: 'after',
});
/** An edit of the open proposal (one undo step); nothing happens without one. */
export const proposalEdited = (s: ProposalUiState, update: (p: Proposal) => Proposal): ProposalUiState =>
  s.history ? { ...s, history: edited(s.history, update(s.history.present)) } : s;
export const proposalUndone = (s: ProposalUiState): ProposalUiState => (s.history ? { ...s, history: undone(s.history) } : s);
export const proposalRedone = (s: ProposalUiState): ProposalUiState => (s.history ? { ...s, history: redone(s.history) } : s);
export const evaluationRequested = (s: ProposalUiState): ProposalUiState => ({ ...s, requestId: s.requestId + 1, evaluating: true, error: null });
/** Stale replies (an older request id) are dropped: the latest edit wins. */
export const evaluationArrived = (s: ProposalUiState, e: ProposalEvaluation): ProposalUiState =>
  e.requestId === s.requestId ? { ...s, evaluation: e, evaluating: false } : s;
export const evaluationFailed = (s: ProposalUiState, requestId: number, error: string): ProposalUiState =>
  requestId === s.requestId ? { ...s, evaluating: false, error } : s;
export const viewSet = (s: ProposalUiState, view: ProposalView): ProposalUiState => ({ ...s, view });
export const toolSet = (s: ProposalUiState, tool: ProposalTool): ProposalUiState => ({ ...s, tool });
export const areaActionSet = (s: ProposalUiState, areaAction: 'out' | 'in'): ProposalUiState => ({ ...s, areaAction });
export const savedListed = (s: ProposalUiState, saved: SavedProposalSummary[]): ProposalUiState => ({ ...s, saved });
export const printSet = (s: ProposalUiState, printOpen: boolean): ProposalUiState => ({ ...s, printOpen });
export const pendingLandSet = (s: ProposalUiState, pendingLand: GeoJSON.Feature<GeoJSON.Polygon> | null): ProposalUiState => ({ ...s, pendingLand });
export const savedAtSet = (s: ProposalUiState, savedAt: string): ProposalUiState => ({ ...s, savedAt });

/** The proposal being edited, or null. */
export const currentProposal = (s: ProposalUiState): Proposal | null => s.history?.present ?? null;

export const useProposalStore = create<ProposalUiState>()(() => ({ ...INITIAL_PROPOSAL_UI }));
