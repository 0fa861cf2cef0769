import type { SubparkIndicators } from '../../src/index.ts';
import type { Language } from '../i18n/index.ts';
import { INDICATOR_COLUMNS, targetOf } from '../dashboard/indicatorColumns.ts';
import { countText, largeAreaText } from '../format/numbers.ts';

export type MetricStatus = 'met' | 'below' | 'noData' | 'info';

/** One figure of a slide: the measured value, and its target when the sub-park has one. */
export interface MetricCard {
  key: string;
  label: string;
  value: string;
  unit: string;
  target: string | null;
  status: MetricStatus;
  coverage: string | null;
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** Indicators a target can name that the plots carry no field for (counts of firms, output of whole industries…). */
const TARGET_LABEL_KEYS = ['highTechFirms', 'leadingIndustriesOutputYi', 'pctFilings', 'unicorns', 'talent', 'incubators', 'fundsYi', 'strategicOutputYi'];

function targetLabel(key: string, t: T): string {
  const column = INDICATOR_COLUMNS.find((c) => c.key.toLowerCase() === key.toLowerCase());
  if (column) return t(column.labelKey);
  return TARGET_LABEL_KEYS.includes(key) ? t(`present.target.${key}`) : key;
}

/**
 * The cards of a slide: a few figures of the sub-park (or the zone), then every target of the
 * sub-park against its measured value. A target the plots cannot measure is shown as "no data",
 * never left out (DOMAIN.md §1).
 */
export function metricCardsOf(indicators: SubparkIndicators | null, targets: Record<string, number>, language: Language, t: T): MetricCard[] {
  const cards: MetricCard[] = [];
  if (indicators) {
    cards.push({ key: 'plotCount', label: t('dashboard.plots'), value: countText(indicators.plotCount, language), unit: '', target: null, status: 'info', coverage: null });
    cards.push({ key: 'areaM2', label: t('dashboard.area'), value: largeAreaText(indicators.areaM2, language), unit: '', target: null, status: 'info', coverage: null });
    cards.push({ key: 'removal', label: t('flag.removal-candidate'), value: countText(indicators.flagCounts['removal-candidate'] ?? 0, language), unit: '', target: null, status: 'info', coverage: null });
    cards.push({ key: 'idleAreaM2', label: t('dashboard.idleArea'), value: largeAreaText(indicators.idleAreaM2, language), unit: '', target: null, status: 'info', coverage: null });
  }
  const targetKeys = Object.keys(targets).filter((k) => Number.isFinite(targets[k]));
  for (const key of targetKeys) {
    const column = INDICATOR_COLUMNS.find((c) => c.key.toLowerCase() === key.toLowerCase());
    const target = targetOf(targets, key);
    const value = column && indicators ? column.valueOf(indicators) : null;
    const coverage = column?.coverageOf && indicators ? column.coverageOf(indicators) : null;
    const measured = value !== null && Number.isFinite(value) && (!coverage || coverage.with > 0);
    const targetText = column ? column.text(target, language) : countText(target ?? 0, language);
    cards.push({
      key: `target:${key}`,
      label: targetLabel(key, t),
      value: measured && column ? column.text(value, language) : t('present.noData'),
      unit: column?.unitKey ? t(column.unitKey) : '',
      target: `${targetText}${column?.unitKey ? ` ${t(column.unitKey)}` : ''}`,
      status: !measured ? 'noData' : column!.higherIsBetter === value! >= target! ? 'met' : 'below',
      coverage: coverage && measured ? t('dashboard.coverage', { with: coverage.with, of: coverage.of }) : null,
    });
  }
  return cards;
}
