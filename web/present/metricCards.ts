import { targetStatuses, type SubparkIndicators } from '../../src/index.ts';
import type { Language } from '../i18n/index.ts';
import { INDICATOR_COLUMNS } from '../dashboard/indicatorColumns.ts';
import { countText, decimalText, largeAreaText, percentText } from '../format/numbers.ts';

export type MetricStatus = 'met' | 'below' | 'noData' | 'info';

/** One figure of a slide: the measured value, and its target (with its year) when the sub-park sets one. */
export interface MetricCard {
  key: string;
  label: string;
  value: string;
  unit: string;
  /** e.g. "2026 年目标 75 万元/人"; null for a figure without a target. */
  target: string | null;
  status: MetricStatus;
  coverage: string | null;
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** A target or measured value in the indicator's own form (as the dashboard's target list writes it). */
function valueText(key: string, value: number, language: Language): string {
  const column = INDICATOR_COLUMNS.find((c) => c.key === key);
  if (column) return column.text(value, language);
  return key === 'rdIntensity' ? percentText(value, language, 1) : decimalText(value, language, value % 1 === 0 ? 0 : 1);
}

/**
 * The cards of a slide: a few figures of the sub-park (or the zone), then every target of the
 * sub-park against what the plots measure (the core's targetStatuses). A target the plots cannot
 * measure is shown as "no data" with its target, never left out (DOMAIN.md §1).
 */
export function metricCardsOf(indicators: SubparkIndicators | null, targets: Record<string, number>, targetYears: Record<string, number>, language: Language, t: T): MetricCard[] {
  const cards: MetricCard[] = [];
  const info = (key: string, label: string, value: string): MetricCard => ({ key, label, value, unit: '', target: null, status: 'info', coverage: null });
  if (indicators) {
    cards.push(info('plotCount', t('dashboard.plots'), countText(indicators.plotCount, language)));
    cards.push(info('areaM2', t('dashboard.area'), largeAreaText(indicators.areaM2, language)));
    cards.push(info('removal', t('flag.removal-candidate'), countText(indicators.flagCounts['removal-candidate'] ?? 0, language)));
    cards.push(info('idleAreaM2', t('dashboard.idleArea'), largeAreaText(indicators.idleAreaM2, language)));
  }
  for (const s of targetStatuses(targets, targetYears, indicators ?? undefined)) {
    const column = INDICATOR_COLUMNS.find((c) => c.key === s.key);
    const coverage = column?.coverageOf && indicators ? column.coverageOf(indicators) : null;
    const measured = s.measured !== null && Number.isFinite(s.measured) && (!coverage || coverage.with > 0);
    const unit = t(`targets.unit.${s.key}`, { defaultValue: '' }).trim();
    const targetText = `${valueText(s.key, s.target, language)}${unit ? ` ${unit}` : ''}`;
    cards.push({
      key: `target:${s.key}`,
      label: t(`targets.key.${s.key}`, { defaultValue: s.key }),
      value: measured ? valueText(s.key, s.measured!, language) : t('targets.noData'),
      unit,
      target: s.year !== null ? t('dashboard.targetOfYear', { year: s.year, value: targetText }) : t('dashboard.target', { value: targetText }),
      status: !measured || s.met === null ? 'noData' : s.met ? 'met' : 'below',
      coverage: coverage && measured ? t('dashboard.coverage', { with: coverage.with, of: coverage.of }) : null,
    });
  }
  return cards;
}
