import { useTranslation } from 'react-i18next';
import type { SubparkIndicators } from '../../src/index.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { metricCardsOf, type MetricCard } from './metricCards.ts';
import type { AnalysisPayload } from '../worker/protocol.ts';
import type { SubparkCollection } from '../map/subparkCollection.ts';
import type { Language } from '../i18n/index.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The indicators of a sub-park (or of the zone, for null) and its cards against its targets. */
export function slideFiguresOf(subparkId: string | null, result: AnalysisPayload | null, subparks: SubparkCollection | null, language: Language, t: T): { indicators: SubparkIndicators | null; cards: MetricCard[] } {
  const indicators = !result ? null : subparkId === null ? result.total : (result.subparks.find((s) => s.subparkId === subparkId) ?? null);
  const info = subparkId ? subparks?.byId.get(subparkId) : undefined;
  return { indicators, cards: metricCardsOf(indicators, info?.targets ?? {}, info?.targetYears ?? {}, language, t) };
}

export function useSlideFigures(subparkId: string | null): { indicators: SubparkIndicators | null; cards: MetricCard[] } {
  const { t } = useTranslation();
  const result = useAnalysisStore((s) => s.result);
  const subparks = useDataStore((s) => s.subparks);
  const language = useUiStore((s) => s.language);
  return slideFiguresOf(subparkId, result, subparks, language, t);
}
