import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilterStore, setRange, removeRange } from '../stores/filterStore.ts';
import { useColumnStore } from '../stores/columnStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { COLUMN_FIELDS, type ColumnField } from '../worker/protocol.ts';
import { decimalText } from '../format/numbers.ts';

function parsed(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Numeric range filters: pick a field, give min and/or max (inclusive). */
export function RangeFilters() {
  const { t } = useTranslation();
  const ranges = useFilterStore((s) => s.ranges);
  const columns = useColumnStore((s) => s.columns);
  const language = useUiStore((s) => s.language);
  const [field, setField] = useState<ColumnField>('far');
  return (
    <>
      <h3>{t('filter.range')}</h3>
      {ranges.map((r) => {
        const column = columns[r.field];
        return (
          <div key={r.field} className="range-row">
            <span className="range-field">{t(`field.${r.field}`)}</span>
            <input type="number" placeholder={column ? decimalText(column.min, language) : t('filter.min')} defaultValue={r.min ?? ''}
              onChange={(e) => useFilterStore.setState((s) => setRange(s, { ...r, min: parsed(e.target.value) }))} data-testid={`range-min-${r.field}`} />
            <span>–</span>
            <input type="number" placeholder={column ? decimalText(column.max, language) : t('filter.max')} defaultValue={r.max ?? ''}
              onChange={(e) => useFilterStore.setState((s) => setRange(s, { ...r, max: parsed(e.target.value) }))} data-testid={`range-max-${r.field}`} />
            <button className="link" onClick={() => useFilterStore.setState((s) => removeRange(s, r.field))} title={t('filter.remove')}>✕</button>
          </div>
        );
      })}
      <div className="range-add">
        <select value={field} onChange={(e) => setField(e.target.value as ColumnField)} data-testid="range-field">
          {COLUMN_FIELDS.filter((f) => !ranges.some((r) => r.field === f)).map((f) => (
            <option key={f} value={f}>{t(`field.${f}`)}</option>
          ))}
        </select>
        <button className="btn small" onClick={() => useFilterStore.setState((s) => setRange(s, { field, min: null, max: null }))} data-testid="range-add">{t('filter.addRange')}</button>
      </div>
    </>
  );
}
