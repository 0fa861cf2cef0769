import { ZONE_ROW, type Proposal, type SubparkIndicators } from '../../src/index.ts';
import type { Language } from '../i18n/index.ts';
import type { ProposalEvaluation } from '../worker/proposalProtocol.ts';
import { countText, decimalText, largeAreaText, percentText } from '../format/numbers.ts';
import { metricCardsOf, type MetricCard } from './metricCards.ts';
import { indicatorsOf } from '../format/indicatorsOf.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The cards of a slide that shows a proposal (§8): its ledger for the proposing sub-park (the zone
 * when it names none): area out, area in, the change against the balance rule; the main-block
 * share and removal candidates before → after; then the sub-park's targets as the plots would
 * measure after the proposal.
 */
export function proposalCardsOf(
  proposal: Proposal,
  evaluation: ProposalEvaluation,
  targets: Record<string, number>,
  targetYears: Record<string, number>,
  language: Language,
  t: T,
): MetricCard[] {
  const subparkId = proposal.subparkId ?? null;
  const row = evaluation.ledger.find((r) => r.subparkId === (subparkId ?? ZONE_ROW)) ?? evaluation.ledger.find((r) => r.subparkId === ZONE_ROW);
  const card = (key: string, label: string, value: string, extra: Partial<MetricCard> = {}): MetricCard => ({ key: `proposal:${key}`, label, value, unit: '', target: null, status: 'info', coverage: null, ...extra });
  const cards: MetricCard[] = [];
  if (row) {
    cards.push(card('out', t('present.proposalOut'), largeAreaText(row.outM2, language), { coverage: t('present.plotsN', { n: row.plotsOut }) }));
    cards.push(card('in', t('present.proposalIn'), largeAreaText(row.inM2, language), { coverage: t('present.plotsN', { n: row.plotsIn }) }));
    const sign = row.deltaM2 > 0 ? '+' : row.deltaM2 < 0 ? '−' : '±';
    cards.push(card('delta', t('present.proposalDelta'), `${sign}${decimalText(Math.abs(row.deltaM2), language, 0)}`, {
      unit: 'm²',
      target: t('present.proposalBalance', { scope: t(`proposal.scope.${evaluation.balance.scope}`), mode: t(`proposal.mode.${evaluation.balance.mode}`), tolerance: decimalText(evaluation.balance.toleranceM2, language, 0) }),
      status: evaluation.balance.ok ? 'met' : 'below',
    }));
  }
  const before = indicatorsOf(evaluation.before, subparkId);
  const after = indicatorsOf(evaluation.after, subparkId);
  if (before && after) {
    cards.push(card('mainShare', t('proposal.figure.mainShare'), percentText(after.mainBlockShare, language, 1), { target: t('present.proposalBefore', { value: percentText(before.mainBlockShare, language, 1) }) }));
    const removal = (s: SubparkIndicators) => s.flagCounts['removal-candidate'] ?? 0;
    cards.push(card('removal', t('flag.removal-candidate'), countText(removal(after), language), { target: t('present.proposalBefore', { value: countText(removal(before), language) }) }));
  }
  // Plots the proposal names that these plots lack are said, never dropped (§8).
  const unknown = evaluation.unknownPlotIds;
  if (unknown.length) cards.push(card('unknown', t('present.proposalUnknown', { n: unknown.length }), unknown.slice(0, 3).join('、') + (unknown.length > 3 ? '…' : ''), { status: 'noData' }));
  const targetCards = metricCardsOf(after, targets, targetYears, language, t).filter((c) => c.key.startsWith('target:'));
  return [...cards, ...targetCards];
}
