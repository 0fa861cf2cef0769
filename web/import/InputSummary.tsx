import { useTranslation } from 'react-i18next';
import { useDataStore } from '../stores/dataStore.ts';

/**
 * The report's `input` member for the plots shown (DOMAIN.md §9): format, layer, encoding,
 * coordinate system and where it came from, the mapping, the columns left unmatched, WGS84 bounds.
 */
export function InputSummary() {
  const { t } = useTranslation();
  const input = useDataStore((s) => s.plots?.input);
  if (!input) return null;
  const mapped = Object.entries(input.fieldMap);
  const bbox = input.bboxWgs84?.map((v) => v.toFixed(5)).join(', ');
  return (
    <details className="input-summary" data-testid="input-summary">
      <summary>
        {t('inputSummary.title')}: {t(`importStep.format.${input.format}`, { defaultValue: input.format })}
        {input.layer ? ` · ${input.layer}` : ''} · {(input.encoding ?? '—').toUpperCase()} · {input.crs} ({t(`importStep.crsSource.${input.crsSource}`, { defaultValue: input.crsSource })})
      </summary>
      <dl>
        <dt>{t('inputSummary.mapping')}</dt>
        <dd data-testid="input-summary-mapping">{mapped.length > 0 ? mapped.map(([f, c]) => (f === c ? f : `${c} → ${f}`)).join('；') : t('inputSummary.asNamed')}</dd>
        <dt>{t('inputSummary.unmatched')}</dt>
        <dd data-testid="input-summary-unmatched">{input.unmatchedColumns.length > 0 ? input.unmatchedColumns.join('、') : t('inputSummary.none')}</dd>
        <dt>{t('inputSummary.bbox')}</dt>
        <dd>{bbox ?? '—'}</dd>
      </dl>
    </details>
  );
}
