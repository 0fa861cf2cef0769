import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../src/index.ts';
import { useProposalStore, printSet } from './proposalStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { subparkLabel } from '../format/subparkLabel.ts';
import { BalanceBadge, LedgerTable } from './LedgerTable.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { addedIdOf } from './proposalUpdaters.ts';
import { mapInstance } from '../map/mapInstance.ts';
import { proposalBoundsOf } from './proposalBounds.ts';
import { drawnLandOf } from './proposalLayers.ts';
import { viewSet } from './proposalStore.ts';
import { proposalLegendEntries } from './proposalLegendEntries.ts';

/** Reason per plot id, from the change that names it. */
function reasonsOf(p: Proposal): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of p.changes) {
    if (c.op === 'unreadable') continue;
    const ids = c.op === 'add' ? [addedIdOf(c) ?? ''] : c.plotIds;
    for (const id of ids) out.set(id, c.reason ?? '');
  }
  return out;
}

/**
 * One printable A4 page: the map of the proposal, the ledger, before/after, and the plots with
 * their reasons. The browser's print (window.print) makes the PDF or the paper copy; print CSS
 * (proposal.css) hides everything else.
 */
export function PrintSummary({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const evaluation = useProposalStore((s) => s.evaluation);
  const subparks = useDataStore((s) => s.subparks);
  const language = useUiStore((s) => s.language);
  const [image, setImage] = useState<string | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  const plots = useDataStore((s) => s.plots);
  const marks = evaluation?.marks ?? null;
  useEffect(() => {
    let live = true;
    const capture = async () => {
      // The map framed on the proposal (its marked plots and drawn land), in the "after" view.
      const map = mapInstance();
      const box = plots ? proposalBoundsOf(plots.geometry, marks, drawnLandOf(proposal)) : null;
      if (map && box) {
        useProposalStore.setState((s) => viewSet(s, 'after'));
        map.fitBounds(box, { padding: 60, duration: 0, maxZoom: 17 });
        // 'idle' never comes when the camera did not move and nothing was pending: wait at most 5 s.
        await new Promise<void>((resolve) => {
          map.once('idle', () => resolve());
          setTimeout(resolve, 5000);
          map.triggerRepaint();
        });
      }
      const m = await import('../present/mapImage.ts');
      // The theme's legend, then what the proposal's marks mean, with their counts.
      const drawnCount = drawnLandOf(proposal).features.length;
      const canvas = await m.decoratedMapImage(1.5, proposal.title, t('proposal.printTitle'), proposalLegendEntries(marks, drawnCount, t, evaluation?.markedRows));
      if (live) setImage(canvas.toDataURL('image/jpeg', 0.9));
    };
    capture().catch((error: unknown) => live && setImageError(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
    };
    // Captured once per opening (and when the plots marked change), not on every title keystroke.
  }, [marks]);
  const reasons = reasonsOf(proposal);
  const label = (id: string | null) => (id === null ? t('proposal.outside') : subparkLabel(id, subparks, language, t('proposal.outside')));
  return (
    <div className="proposal-print-backdrop" data-testid="proposal-print-view">
      <article className="proposal-print">
        <div className="print-actions">
          <button className="btn primary" onClick={() => window.print()}>{t('proposal.printNow')}</button>
          <button className="btn" onClick={() => useProposalStore.setState((s) => printSet(s, false))}>{t('proposal.printClose')}</button>
        </div>
        <h1>{proposal.title}</h1>
        <p className="muted">
          {[t('proposal.printTitle'), label(proposal.subparkId ?? null), t(`proposal.states.${proposal.state}`), proposal.author ?? '', (proposal.updatedAt ?? '').slice(0, 10)].filter(Boolean).join(' · ')}
        </p>
        {image ? (
          <img className="print-map" src={image} alt="" data-testid="proposal-print-map" />
        ) : (
          <div className="print-map placeholder">{imageError ? <p className="error">{imageError}</p> : <p className="muted">…</p>}</div>
        )}
        {evaluation && (
          <div className="print-columns">
            <section>
              <BalanceBadge balance={evaluation.balance} />
              <LedgerTable ledger={evaluation.ledger} balance={evaluation.balance} />
            </section>
            <section>
              <FiguresTable before={evaluation.before} after={evaluation.after} subparkId={proposal.subparkId ?? null} />
            </section>
          </div>
        )}
        <h2>{t('proposal.printPlots')}</h2>
        <table className="print-plots">
          <thead>
            <tr><th>#</th><th>{t('proposal.landId')}</th><th>{t('proposal.movedFrom')}</th><th>{t('proposal.movedTo')}</th><th>{t('proposal.reason')}</th></tr>
          </thead>
          <tbody>
            {(evaluation?.moved ?? []).map((m, i) => (
              <tr key={m.id}><td>{i + 1}</td><td>{m.id}</td><td>{label(m.from)}</td><td>{label(m.to)}</td><td>{reasons.get(m.id) ?? ''}</td></tr>
            ))}
          </tbody>
        </table>
      </article>
    </div>
  );
}
