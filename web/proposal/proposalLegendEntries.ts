import type { LegendEntry } from '../panels/legendEntries.ts';
import { MARK_IN, MARK_OUT } from '../worker/proposalProtocol.ts';
import { DRAWN_RGBA, IN_RGBA, OUT_RGBA, cssOf } from './proposalStyle.ts';

/** Plots going out and coming in, from the worker's marks (one byte per plot; `among`: the marked rows, read alone). */
export function markCountsOf(marks: Uint8Array | null, among?: Uint32Array | null): { out: number; in: number } {
  let out = 0;
  let inn = 0;
  const count = (i: number) => {
    if (marks![i] === MARK_OUT) out++;
    else if (marks![i] === MARK_IN) inn++;
  };
  if (marks && among) among.forEach(count);
  else if (marks) for (let i = 0; i < marks.length; i++) count(i);
  return { out, in: inn };
}

/**
 * The proposal's marks as legend entries with their counts (out red, in green, drawn blue, in the
 * map's colours), for a map image that leaves the screen (the print summary).
 */
export function proposalLegendEntries(marks: Uint8Array | null, drawnCount: number, t: (key: string) => string, among?: Uint32Array | null): LegendEntry[] {
  const { out, in: inn } = markCountsOf(marks, among);
  return [
    { key: 'proposal-out', color: cssOf(OUT_RGBA), label: `${t('proposal.legendOut')} ${out}` },
    { key: 'proposal-in', color: cssOf(IN_RGBA), label: `${t('proposal.legendIn')} ${inn}` },
    { key: 'proposal-drawn', color: cssOf(DRAWN_RGBA), label: `${t('proposal.legendDrawn')} ${drawnCount}` },
  ];
}
