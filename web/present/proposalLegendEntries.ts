import type { LegendEntry } from '../panels/legendEntries.ts';
import { DRAWN_RGBA, IN_RGBA, OUT_RGBA, cssOf } from '../proposal/proposalStyle.ts';

type T = (key: string) => string;

/** Legend rows for a proposal drawn on a slide: the colours of proposal mode's out / in / drawn styles. */
export function proposalLegendEntries(t: T): LegendEntry[] {
  return [
    { key: 'proposal-out', color: cssOf(OUT_RGBA), label: t('proposal.legendOut') },
    { key: 'proposal-in', color: cssOf(IN_RGBA), label: t('proposal.legendIn') },
    { key: 'proposal-drawn', color: cssOf(DRAWN_RGBA), label: t('proposal.legendDrawn') },
  ];
}
