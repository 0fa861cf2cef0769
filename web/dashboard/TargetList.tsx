import { useTranslation } from 'react-i18next';
import { targetStatuses, type SubparkIndicators } from '../../src/index.ts';
import type { Language } from '../i18n/index.ts';
import type { SubparkInfo } from '../map/subparkCollection.ts';
import { decimalText, percentText } from '../format/numbers.ts';
import { INDICATOR_COLUMNS } from './indicatorColumns.ts';

/** A target or measured value in the indicator's own form (a share as a percentage). */
function valueText(key: string, value: number, language: Language): string {
  const column = INDICATOR_COLUMNS.find((c) => c.key === key);
  if (column) return column.text(value, language);
  return key === 'rdIntensity' ? percentText(value, language, 1) : decimalText(value, language, value % 1 === 0 ? 0 : 1);
}

/**
 * Every target the sub-park's file sets, with its year, against what the plots measure; a target
 * they cannot measure (firms, patents, talent…) says "no data" rather than disappearing.
 */
export function TargetList({ info, indicators, language }: { info: SubparkInfo; indicators: SubparkIndicators | undefined; language: Language }) {
  const { t } = useTranslation();
  const statuses = targetStatuses(info.targets, info.targetYears, indicators);
  if (statuses.length === 0) return null;
  return (
    <section className="targets" data-testid="target-list">
      <h3>{t('targets.title')}</h3>
      <table className="target-table">
        <thead>
          <tr><th>{t('targets.indicator')}</th><th>{t('targets.year')}</th><th>{t('targets.target')}</th><th>{t('targets.measured')}</th></tr>
        </thead>
        <tbody>
          {statuses.map((s) => (
            <tr key={s.key} data-testid={`target-${s.key}`} className={s.met === false ? 'missed' : s.met ? 'met' : 'unknown'}>
              <td>{t(`targets.key.${s.key}`, { defaultValue: s.key })}</td>
              <td>{s.year ?? t('targets.noYear')}</td>
              <td className="num">{valueText(s.key, s.target, language)}{t(`targets.unit.${s.key}`, { defaultValue: '' })}</td>
              <td className="num">{s.measured === null ? <span className="muted">{t('targets.noData')}</span> : `${valueText(s.key, s.measured, language)}${t(`targets.unit.${s.key}`, { defaultValue: '' })}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
