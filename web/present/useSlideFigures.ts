import { useTranslation } from 'react-i18next';
import type { SubparkIndicators } from '../../src/index.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { metricCardsOf, type MetricCard } from './metricCards.ts';
import type { AnalysisPayload } from '../worker/protocol.ts';
import type { SubparkCollection } from '../map/subparkCollection.ts';
import type { Language } from '../i18n/index.ts';
import { useHighlightStore, type SlideProposal } from './storyStore.ts';
import { proposalCardsOf } from './proposalCards.ts';
import { indicatorsOf } from '../format/indicatorsOf.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The indicators of a sub-park (or of the zone, for null) and its cards against its targets; with a
 * proposal on the slide, the indicators after it and the proposal's cards (a card says so while the
 * worker is still applying it, or why it could not).
 */
export function slideFiguresOf(subparkId: string | null, result: AnalysisPayload | null, subparks: SubparkCollection | null, language: Language, t: T, shown: SlideProposal | null = null): { indicators: SubparkIndicators | null; cards: MetricCard[] } {
  const info = subparkId ? subparks?.byId.get(subparkId) : undefined;
  const targets = info?.targets ?? {};
  const targetYears = info?.targetYears ?? {};
  if (shown?.evaluation) {
    const after = shown.evaluation.after;
    const indicators = indicatorsOf(after, subparkId);
    return { indicators, cards: proposalCardsOf(shown.proposal, shown.evaluation, targets, targetYears, language, t) };
  }
  const indicators = result ? indicatorsOf(result, subparkId) : null;
  const cards = metricCardsOf(indicators, targets, targetYears, language, t);
  if (shown) {
    const value = shown.error ? t('present.proposalFailed', { error: shown.error }) : t('present.proposalPending');
    cards.unshift({ key: 'proposal:state', label: shown.proposal.title, value, unit: '', target: null, status: 'info', coverage: null });
  }
  return { indicators, cards };
}

export function useSlideFigures(subparkId: string | null): { indicators: SubparkIndicators | null; cards: MetricCard[] } {
  const { t } = useTranslation();
  const result = useAnalysisStore((s) => s.result);
  const subparks = useDataStore((s) => s.subparks);
  const language = useUiStore((s) => s.language);
  const shown = useHighlightStore((s) => s.proposal);
  return slideFiguresOf(subparkId, result, subparks, language, t, shown);
}
