import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useProposalStore } from './proposalStore.ts';
import { markCountsOf } from './proposalLegendEntries.ts';
import { DRAWN_RGBA, IN_FILL_RGBA, IN_RGBA, OUT_FILL_RGBA, OUT_RGBA, DRAWN_FILL_RGBA, cssOf } from './proposalStyle.ts';

/** What the proposal marks on the map mean (shown in proposal mode, over the map). */
export function ProposalLegend() {
  const { t } = useTranslation();
  const view = useProposalStore((s) => s.view);
  const evaluation = useProposalStore((s) => s.evaluation);
  // Counted once per evaluation (a pass over a byte per plot), not on every render of the panel.
  const marks = evaluation?.marks ?? null;
  const markedRows = evaluation?.markedRows ?? null;
  const { out, in: inn } = useMemo(() => markCountsOf(marks, markedRows), [marks, markedRows]);
  const drawn = useProposalStore((s) => s.history?.present.changes.filter((c) => c.op === 'add').length ?? 0);
  return (
    <div className="proposal-legend" data-testid="proposal-legend">
      <strong>{view === 'after' ? t('proposal.viewAfter') : t('proposal.viewBefore')}</strong>
      <div><i className="swatch out" style={{ borderColor: cssOf(OUT_RGBA), background: cssOf(OUT_FILL_RGBA) }} />{t('proposal.legendOut')} {out}</div>
      <div><i className="swatch in" style={{ borderColor: cssOf(IN_RGBA), background: cssOf(IN_FILL_RGBA) }} />{t('proposal.legendIn')} {inn}</div>
      <div><i className="swatch drawn" style={{ borderColor: cssOf(DRAWN_RGBA), background: cssOf(DRAWN_FILL_RGBA) }} />{t('proposal.legendDrawn')} {drawn}</div>
    </div>
  );
}
