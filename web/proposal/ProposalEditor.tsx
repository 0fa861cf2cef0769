import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_STATES, type Proposal, type ProposalState } from '../../src/index.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore, showToast } from '../stores/uiStore.ts';
import { areaActionSet, printSet, toolSet, useProposalStore, viewSet, type ProposalTool } from './proposalStore.ts';
import {
  closeProposalMode, editProposal, markRemovalCandidates, openSavedProposal, redoProposal, rememberAuthor, undoProposal,
} from './proposalActions.ts';
import { authorSet, stateSet, titleSet } from './proposalUpdaters.ts';
import { downloadProposal } from './proposalFile.ts';
import { importFile } from './ProposalStart.tsx';
import { BalanceBadge, LedgerTable } from './LedgerTable.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { ChangeList } from './ChangeList.tsx';
import { ProposalComments } from './ProposalComments.tsx';
import { ProposalIssues } from './ProposalIssues.tsx';
import { ProposalList } from './ProposalList.tsx';
import { NewLandForm } from './NewLandForm.tsx';

const TOOLS: readonly ProposalTool[] = ['click', 'box', 'lasso', 'draw'];
const TOOL_LABEL: Record<ProposalTool, string> = { click: 'toolClick', box: 'toolBox', lasso: 'toolLasso', draw: 'toolDraw' };

/** Proposal mode with a proposal open: what it changes, the ledger, before/after, and its review. */
export function ProposalEditor({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const language = useUiStore((s) => s.language);
  const subparks = useDataStore((s) => s.subparks);
  const evaluation = useProposalStore((s) => s.evaluation);
  const evaluating = useProposalStore((s) => s.evaluating);
  const error = useProposalStore((s) => s.error);
  const canUndo = useProposalStore((s) => (s.history?.past.length ?? 0) > 0);
  const canRedo = useProposalStore((s) => (s.history?.future.length ?? 0) > 0);
  const view = useProposalStore((s) => s.view);
  const tool = useProposalStore((s) => s.tool);
  const areaAction = useProposalStore((s) => s.areaAction);
  const saved = useProposalStore((s) => s.saved);
  const savedAt = useProposalStore((s) => s.savedAt);
  const readIssues = useProposalStore((s) => s.readIssues);
  const [figuresOf, setFiguresOf] = useState<string | null>(proposal.subparkId ?? null);
  const fileInput = useRef<HTMLInputElement>(null);
  const sp = proposal.subparkId ? subparks?.byId.get(proposal.subparkId) : undefined;
  const subparkName = sp ? (language === 'zh' ? sp.name : sp.nameEn) : proposal.subparkId ?? '';
  const touchedIds = evaluation ? evaluation.ledger.map((r) => r.subparkId).filter((id) => id !== '*') : [];

  return (
    <div className="proposal-editor" data-testid="proposal-editor" data-proposal-id={proposal.id}>
      <div className="proposal-toolbar">
        <button className="btn" disabled={!canUndo} onClick={undoProposal} title="Ctrl+Z" data-testid="proposal-undo">↶ {t('proposal.undo')}</button>
        <button className="btn" disabled={!canRedo} onClick={redoProposal} title="Ctrl+Shift+Z" data-testid="proposal-redo">↷ {t('proposal.redo')}</button>
        <button className="btn" onClick={() => downloadProposal(proposal)} data-testid="proposal-export">{t('proposal.export')}</button>
        <button className="btn" onClick={() => fileInput.current?.click()}>{t('proposal.importFile')}</button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="proposal-editor-import-input" onChange={(e) => void importFile(e.target.files?.[0])} />
        <button className="btn" onClick={() => useProposalStore.setState((s) => printSet(s, true))} data-testid="proposal-print">🖨 {t('proposal.print')}</button>
      </div>
      <p className="muted small" data-testid="proposal-saved">{savedAt ? t('proposal.savedAt', { time: new Date(savedAt).toLocaleTimeString() }) : t('proposal.notSaved')}</p>

      <div className="proposal-meta">
        <label>{t('proposal.title')}<input defaultValue={proposal.title} key={`t:${proposal.id}:${proposal.title}`} onBlur={(e) => e.target.value !== proposal.title && editProposal((p, now) => titleSet(p, e.target.value, now))} data-testid="proposal-title" /></label>
        <label>{t('proposal.subpark')}<span className="value">{subparkName}</span></label>
        <label>{t('proposal.author')}<input defaultValue={proposal.author ?? ''} key={`a:${proposal.id}:${proposal.author}`} onBlur={(e) => {
          if (e.target.value === (proposal.author ?? '')) return;
          rememberAuthor(e.target.value);
          editProposal((p, now) => authorSet(p, e.target.value, now));
        }} /></label>
        <label>{t('proposal.state')}
          <select value={proposal.state} onChange={(e) => editProposal((p, now) => stateSet(p, e.target.value as ProposalState, now))} data-testid="proposal-state">
            {PROPOSAL_STATES.map((s) => <option key={s} value={s}>{t(`proposal.states.${s}`)}</option>)}
          </select>
        </label>
      </div>

      <div className="proposal-tools">
        <div className="segmented" role="group">
          {TOOLS.map((x) => (
            <button key={x} className={tool === x ? 'active' : ''} onClick={() => useProposalStore.setState((s) => toolSet(s, x))} data-testid={`proposal-tool-${x}`}>
              {t(`proposal.${TOOL_LABEL[x]}`)}
            </button>
          ))}
        </div>
        {(tool === 'box' || tool === 'lasso') && (
          <div className="segmented" role="group">
            <button className={areaAction === 'out' ? 'active' : ''} onClick={() => useProposalStore.setState((s) => areaActionSet(s, 'out'))}>{t('proposal.areaOut')}</button>
            <button className={areaAction === 'in' ? 'active' : ''} onClick={() => useProposalStore.setState((s) => areaActionSet(s, 'in'))}>{t('proposal.areaIn')}</button>
          </div>
        )}
        <p className="muted small" data-testid="proposal-tool-hint">{t(`proposal.toolHint.${tool}`)}</p>
        <button
          className="btn"
          disabled={!proposal.subparkId}
          onClick={() => void markRemovalCandidates().then((n) => useUiStore.setState((s) => showToast(s, t('proposal.candidatesMarked', { n }))))}
          data-testid="proposal-all-candidates"
        >
          {t('proposal.allCandidates')}
        </button>
        <div className="segmented" role="group" aria-label={t('proposal.view')}>
          <span className="muted small">{t('proposal.view')}</span>
          <button className={view === 'before' ? 'active' : ''} onClick={() => useProposalStore.setState((s) => viewSet(s, 'before'))} data-testid="proposal-view-before">{t('proposal.viewBefore')}</button>
          <button className={view === 'after' ? 'active' : ''} onClick={() => useProposalStore.setState((s) => viewSet(s, 'after'))} data-testid="proposal-view-after">{t('proposal.viewAfter')}</button>
        </div>
      </div>
      <NewLandForm proposal={proposal} />

      {error && <p className="error">{error}</p>}
      {evaluating && <p className="muted small" data-testid="proposal-evaluating">{t('proposal.evaluating')}</p>}
      {evaluation && (
        <>
          <BalanceBadge balance={evaluation.balance} />
          <h4>{t('proposal.ledger')}</h4>
          <LedgerTable ledger={evaluation.ledger} balance={evaluation.balance} />
          <h4>
            {t('proposal.figures')}{' '}
            <select value={figuresOf ?? '*'} onChange={(e) => setFiguresOf(e.target.value === '*' ? null : e.target.value)}>
              {[...new Set([...(proposal.subparkId ? [proposal.subparkId] : []), ...touchedIds])].map((id) => (
                <option key={id} value={id}>{subparks?.byId.get(id)?.[language === 'zh' ? 'name' : 'nameEn'] ?? id}</option>
              ))}
              <option value="*">{t('proposal.zoneRow')}</option>
            </select>
          </h4>
          <FiguresTable before={evaluation.before} after={evaluation.after} subparkId={figuresOf} />
        </>
      )}
      <ProposalIssues issues={evaluation ? evaluation.issues : readIssues} unknownPlotIds={evaluation?.unknownPlotIds ?? []} baselineMismatch={evaluation?.baselineMismatch ?? false} />

      <h4>{t('proposal.changes')}</h4>
      <ChangeList proposal={proposal} />
      <h4>{t('proposal.comments')}</h4>
      <ProposalComments proposal={proposal} />
      <h4>{t('proposal.saved')}</h4>
      <ProposalList saved={saved} currentId={proposal.id} onOpen={(id) => void openSavedProposal(id)} />
      <button className="btn" onClick={closeProposalMode} data-testid="proposal-close">{t('proposal.close')}</button>
    </div>
  );
}
