/**
 * Proposal mode's actions: each edit goes through a pure updater (proposalUpdaters.ts) into the
 * store, is written to IndexedDB at once and re-evaluated in the worker (latest edit wins).
 */
import { FLAG_BIT, readProposal, type Proposal, type ProposalIssue } from '../../src/index.ts';
import { plotsWorker } from '../worker/client.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useUiStore, showToast } from '../stores/uiStore.ts';
import {
  currentProposal, evaluationArrived, evaluationFailed, evaluationRequested, modeClosed, modeOpened, proposalEdited,
  pendingLandSet, proposalOpened, proposalRedone, proposalUndone, savedAtSet, savedListed, useProposalStore,
} from './proposalStore.ts';
import { listProposals, loadProposal, openProposalId, saveProposal, setOpenProposalId } from './proposalDb.ts';
import { newProposal, plotToggled, plotsIn, plotsOut } from './proposalUpdaters.ts';
import { plotIdsOfRows, rowOfPlotId } from './plotIds.ts';
import { proposalRequestOf } from './proposalRequest.ts';

const nowIso = () => new Date().toISOString();
const AUTHOR_KEY = 'parktwin.proposalAuthor';

export function authorName(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) || '园区管理员';
  } catch {
    return '园区管理员';
  }
}

export function rememberAuthor(name: string): void {
  try {
    localStorage.setItem(AUTHOR_KEY, name);
  } catch {
    // Private mode: the name is still in the proposal itself.
  }
}

/** Writes the open proposal now (also on pagehide); a failure is said, never swallowed. */
export function saveNow(): Promise<void> {
  const p = currentProposal(useProposalStore.getState());
  if (!p) return Promise.resolve();
  return saveProposal(p).then(
    () => {
      useProposalStore.setState((s) => savedAtSet(s, nowIso()));
      void refreshList();
    },
    (error: unknown) => useUiStore.setState((s) => showToast(s, `方案未能保存到浏览器：${error instanceof Error ? error.message : String(error)}`)),
  );
}

export async function refreshList(): Promise<void> {
  const saved = await listProposals();
  useProposalStore.setState((s) => savedListed(s, saved));
}

/** Re-applies the open proposal in the worker; the reply fills the ledger and the map marks. */
export async function evaluateProposal(): Promise<void> {
  const p = currentProposal(useProposalStore.getState());
  if (!p || useDataStore.getState().status !== 'ready') return;
  useProposalStore.setState(evaluationRequested);
  const { requestId } = useProposalStore.getState();
  try {
    const evaluation = await plotsWorker().proposal(proposalRequestOf(p, requestId));
    if (evaluation) useProposalStore.setState((s) => evaluationArrived(s, evaluation));
  } catch (error) {
    useProposalStore.setState((s) => evaluationFailed(s, requestId, error instanceof Error ? error.message : String(error)));
  }
}

function afterChange(): void {
  void saveNow();
  void evaluateProposal();
}

/** One edit of the open proposal: an undo step, saved at once, re-evaluated. */
export function editProposal(update: (p: Proposal, now: string) => Proposal): void {
  const before = currentProposal(useProposalStore.getState());
  const now = nowIso();
  useProposalStore.setState((s) => proposalEdited(s, (p) => update(p, now)));
  if (currentProposal(useProposalStore.getState()) !== before) afterChange();
}

export function undoProposal(): void {
  useProposalStore.setState(proposalUndone);
  afterChange();
}

export function redoProposal(): void {
  useProposalStore.setState(proposalRedone);
  afterChange();
}

/** Opens the mode's start page (with `subparkId` offered first, from the sub-park list). */
export function enterProposalMode(subparkId: string | null = null): void {
  useProposalStore.setState((s) => modeOpened(s, subparkId));
  void refreshList();
}

export function closeProposalMode(): void {
  void saveNow().then(() => setOpenProposalId(null));
  useProposalStore.setState(modeClosed);
}

/** Opens a proposal (read, saved, evaluated); the read problems stay listed in the panel. */
export function openProposal(proposal: Proposal, readIssues: ProposalIssue[] = []): void {
  useProposalStore.setState((s) => proposalOpened(s, proposal, readIssues));
  afterChange();
}

/** A parsed `.parktwin-proposal.json` (import, sample): false when it is not a proposal at all (said in a toast). */
export function openProposalFile(json: unknown): boolean {
  const read = readProposal(json);
  if (!read.proposal) {
    const why = read.issues.find((i) => i.severity === 'error')?.message ?? '';
    useUiStore.setState((s) => showToast(s, `不是调整方案文件：${why}`));
    return false;
  }
  openProposal(read.proposal, read.issues);
  return true;
}

export async function openSavedProposal(id: string): Promise<void> {
  const p = await loadProposal(id);
  if (p) openProposal(p);
}

export async function startNewProposal(subparkId: string, subparkName: string): Promise<void> {
  const { plotCount, sha256 } = await plotsWorker().baseline();
  const now = nowIso();
  const stamp = now.slice(0, 10).replace(/-/g, '');
  const id = `${subparkId}-${stamp}-${Math.random().toString(36).slice(2, 6)}`;
  const proposal = newProposal({ id, title: `${subparkName} 边界调整方案`, subparkId, author: authorName(), now, baseline: sha256 ? { plotCount, sha256 } : undefined });
  openProposal(proposal);
}

/**
 * A new proposal drafted by the core's suggestion (removal candidates out, adjacent outside plots in,
 * balanced within the rule): a starting point the manager edits. Returns whether it balances.
 */
export async function startSuggestedProposal(subparkId: string, subparkName: string): Promise<{ balanced: boolean; changes: number }> {
  const [{ plotCount, sha256 }, suggestion] = await Promise.all([plotsWorker().baseline(), plotsWorker().suggestion(subparkId)]);
  const now = nowIso();
  const stamp = now.slice(0, 10).replace(/-/g, '');
  const id = `${subparkId}-${stamp}-${Math.random().toString(36).slice(2, 6)}`;
  const draft = newProposal({ id, title: `${subparkName} 边界调整方案（建议稿）`, subparkId, author: authorName(), now, baseline: sha256 ? { plotCount, sha256 } : undefined });
  openProposal({ ...draft, changes: suggestion.proposal.changes });
  return { balanced: suggestion.balanced, changes: suggestion.proposal.changes.length };
}

/** The plot under a map click: in or out of the open proposal (see plotToggled). */
export async function togglePlotRow(row: number): Promise<void> {
  const plots = useDataStore.getState().plots;
  if (!plots || !currentProposal(useProposalStore.getState())) return;
  const [id] = await plotIdsOfRows([row]);
  const key = plots.subparkKeys[plots.columns.subparkIndex[row]];
  editProposal((p, now) => plotToggled(p, id, key === '' || key === undefined ? null : key, now));
}

/** Plots of an area (box or lasso) marked out of the proposal's sub-park, or in. */
export async function markRows(rows: ArrayLike<number>, action: 'out' | 'in'): Promise<void> {
  const plots = useDataStore.getState().plots;
  const p = currentProposal(useProposalStore.getState());
  if (!plots || !p || rows.length === 0) return;
  const own = p.subparkId;
  // Out takes only the proposing sub-park's plots; in takes the plots not already in it.
  const picked = Array.from(rows).filter((r) => {
    const inOwn = own !== undefined && plots.subparkKeys[plots.columns.subparkIndex[r]] === own;
    return action === 'out' ? inOwn || own === undefined : !inOwn;
  });
  const ids = await plotIdsOfRows(picked);
  editProposal((q, now) => (action === 'out' || !q.subparkId ? plotsOut(q, ids, now) : plotsIn(q, ids, q.subparkId, now)));
}

export const REMOVAL_REASON = '拟退出候选地块（规则判定）';

/** Every removal candidate of the proposing sub-park, out in one step. */
export async function markRemovalCandidates(): Promise<number> {
  const plots = useDataStore.getState().plots;
  const result = useAnalysisStore.getState().result;
  const p = currentProposal(useProposalStore.getState());
  if (!plots || !result || !p?.subparkId) return 0;
  const s = plots.subparkKeys.indexOf(p.subparkId);
  const rows: number[] = [];
  const bit = FLAG_BIT['removal-candidate'];
  for (let r = 0; r < plots.plotCount; r++) if (plots.columns.subparkIndex[r] === s && (result.plots.flags[r] & bit) !== 0) rows.push(r);
  const ids = await plotIdsOfRows(rows);
  editProposal((q, now) => plotsOut(q, ids, now, REMOVAL_REASON));
  return ids.length;
}

/** On start: the proposal open when the page was left (reload, closed tab) comes back. */
export async function restoreOpenProposal(): Promise<void> {
  const id = await openProposalId();
  if (!id) return;
  const p = await loadProposal(id);
  if (!p) return;
  useProposalStore.setState((s) => proposalOpened(s, p));
  void refreshList();
  void evaluateProposal();
}

/** Test builds only: the store and the actions, so browser tests and the benchmark can drive the mode. */
if (import.meta.env.VITE_PARKTWIN_TEST_HOOKS === '1') {
  (globalThis as unknown as { __parktwinProposal: unknown }).__parktwinProposal = {
    store: useProposalStore,
    editProposal,
    undoProposal,
    redoProposal,
    startNewProposal,
    togglePlotRow,
    markRows,
    openProposalFile,
    saveNow,
    rowOfPlotId,
    /** Stands in for the drawing tool: land drawn on the map, waiting for its attributes. */
    drawLand: (feature: GeoJSON.Feature<GeoJSON.Polygon>) => useProposalStore.setState((s) => pendingLandSet(s, feature)),
  };
}
