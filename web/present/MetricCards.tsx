import { useTranslation } from 'react-i18next';
import type { MetricCard } from './metricCards.ts';

/** Figures of a slide; a target shows the measured value against it, or "no data" when the plots cannot measure it. */
export function MetricCards({ cards, className = 'metric-cards' }: { cards: MetricCard[]; className?: string }) {
  const { t } = useTranslation();
  return (
    <ul className={className} data-testid="metric-cards">
      {cards.map((c) => (
        <li key={c.key} className={`metric-card ${c.status}`} data-status={c.status} data-key={c.key}>
          <span className="metric-label">{c.label}</span>
          <span className="metric-value">{c.value}{c.status !== 'noData' && c.unit ? <small> {c.unit}</small> : null}</span>
          {c.target !== null && <span className="metric-target">{c.target}{c.status === 'met' ? ` ✓ ${t('present.met')}` : c.status === 'below' ? ` ✗ ${t('present.missed')}` : ''}</span>}
          {c.coverage && <span className="metric-coverage">{c.coverage}</span>}
        </li>
      ))}
    </ul>
  );
}
