import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubparkIndicators } from '../../src/index.ts';
import type { SubparkCollection } from '../map/subparkCollection.ts';
import type { Language } from '../i18n/index.ts';
import { INDICATOR_COLUMNS, type IndicatorColumn } from './indicatorColumns.ts';

export interface RankingProps {
  rows: SubparkIndicators[];
  subparks: SubparkCollection | null;
  language: Language;
  selected: string;
  onSelect: (subparkId: string) => void;
}

/** Sub-parks ranked by any indicator: click a header to sort, click a row to see that sub-park. */
export function RankingTable({ rows, subparks, language, selected, onSelect }: RankingProps) {
  const { t } = useTranslation();
  const [sortKey, setSortKey] = useState('mainBlockShare');
  const [descending, setDescending] = useState(true);
  const column = INDICATOR_COLUMNS.find((c) => c.key === sortKey) ?? INDICATOR_COLUMNS[0];
  const sorted = [...rows].sort((a, b) => {
    const va = column.valueOf(a) ?? -Infinity;
    const vb = column.valueOf(b) ?? -Infinity;
    return descending ? vb - va : va - vb;
  });
  const nameOf = (id: string) => {
    const info = subparks?.byId.get(id);
    return info ? (language === 'zh' ? info.name : info.nameEn) : id;
  };
  const unitOf = (c: IndicatorColumn) => {
    const key = c.tableUnitKey?.(language) ?? c.unitKey;
    return key ? t(key) : '';
  };
  return (
    <div className="ranking-wrap" data-testid="ranking-wrap">
      <table className="ranking" data-testid="ranking">
        <thead>
          <tr>
            <th className="rank">#</th>
            <th className="name">{t('dashboard.subpark')}</th>
            {INDICATOR_COLUMNS.map((c) => (
              <th key={c.key} className={c.key === sortKey ? 'sorted' : ''} onClick={() => {
                if (c.key === sortKey) setDescending(!descending);
                else {
                  setSortKey(c.key);
                  setDescending(true);
                }
              }} aria-sort={c.key === sortKey ? (descending ? 'descending' : 'ascending') : 'none'}>
                <span className="th-label">{t(c.labelKey)}{c.key === sortKey ? (descending ? ' ▼' : ' ▲') : ''}</span>
                {unitOf(c) && <span className="th-unit">{unitOf(c)}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, i) => (
            <tr key={row.subparkId} className={row.subparkId === selected ? 'selected' : ''} onClick={() => onSelect(row.subparkId)}>
              <td className="rank">{i + 1}</td>
              <td className="name">{nameOf(row.subparkId)}</td>
              {INDICATOR_COLUMNS.map((c) => (
                <td key={c.key} className="num">{(c.tableText ?? c.text)(c.valueOf(row), language)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
