import { useTranslation } from 'react-i18next';
import { currentProposal, useProposalStore } from './proposalStore.ts';
import { closeProposalMode } from './proposalActions.ts';
import { ProposalEditor } from './ProposalEditor.tsx';
import { ProposalStart } from './ProposalStart.tsx';
import { ProposalLegend } from './ProposalLegend.tsx';
import { PrintSummary } from './PrintSummary.tsx';
import { useProposalMode } from './useProposalMode.ts';
import { useProposalMapTools, mapToolModeOf } from './useProposalMapTools.ts';
import { MapToolBar } from './draw/MapToolBar.tsx';
import { toolSet } from './proposalStore.ts';
import './proposal.css';

/** Proposal mode's panel (right side): the start page, or the open proposal. */
export default function ProposalPanel() {
  const { t } = useTranslation();
  const open = useProposalStore((s) => s.open);
  const proposal = useProposalStore(currentProposal);
  const printOpen = useProposalStore((s) => s.printOpen);
  const tool = useProposalStore((s) => s.tool);
  useProposalMode();
  useProposalMapTools();
  if (!open) return null;
  return (
    <>
      <aside className="proposal-panel" data-testid="proposal-panel">
        <header className="proposal-head">
          <h3>{t('proposal.modeTitle')}</h3>
          <button className="link" onClick={closeProposalMode} aria-label={t('proposal.close')}>✕</button>
        </header>
        <div className="proposal-body">{proposal ? <ProposalEditor proposal={proposal} /> : <ProposalStart />}</div>
      </aside>
      {proposal && <ProposalLegend />}
      {/* The tools are chosen in the panel; over the map only the active tool's hint and its way out (✕, Esc). */}
      {proposal && tool !== 'click' && (
        <div className="proposal-map-tools">
          <MapToolBar tools={[]} mode={mapToolModeOf(tool)} onModeChange={(m) => useProposalStore.setState((s) => toolSet(s, m === 'off' ? 'click' : m))} />
        </div>
      )}
      {proposal && printOpen && <PrintSummary proposal={proposal} />}
    </>
  );
}
