import { useTranslation } from 'react-i18next';
import { QUALITY_KINDS } from '../../src/index.ts';
import { useQualityStore } from '../stores/qualityStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { countText, decimalText } from '../format/numbers.ts';

/**
 * The data-quality report (overlaps, duplicates, slivers, unknown land-use codes, invalid and
 * repaired geometry) as a list, in the data-issues dialog. `onShowPlot` opens a loaded plot.
 */
export function QualityFindings({ onShowPlot }: { onShowPlot: (id: string) => void }) {
  const { t } = useTranslation();
  const quality = useQualityStore((s) => s.quality);
  const language = useUiStore((s) => s.language);
  if (!quality) return <p className="muted" data-testid="quality-pending">{t('quality.pending')}</p>;
  const download = async () => {
    const { exportQuality } = await import('../export/exportQuality.ts');
    await exportQuality();
  };
  const counts = QUALITY_KINDS.filter((k) => quality.counts[k] > 0).map((k) => `${t(`quality.kind.${k}`)} ${countText(quality.counts[k], language)}`);
  return (
    <>
      <p className="muted" data-testid="quality-summary">
        {quality.findingCount === 0
          ? t('quality.none')
          : t('quality.summary', { count: countText(quality.findingCount, language), shown: countText(quality.findings.length, language), kinds: counts.join(language === 'zh' ? '，' : ', ') })}{' '}
        {t('quality.settings', { overlapMinM2: quality.settings.overlapMinM2, sliverMaxWidthM: quality.settings.sliverMaxWidthM })}
      </p>
      <div className="issues-table-wrap">
        <table className="issues-table">
          <thead>
            <tr>
              <th>{t('quality.kindColumn')}</th>
              <th>{t('issues.id')}</th>
              <th>{t('quality.measure')}</th>
              <th>{t('issues.message')}</th>
            </tr>
          </thead>
          <tbody>
            {quality.findings.map((f, k) => (
              <tr key={k} className={f.severity} data-testid="quality-row" data-kind={f.kind}>
                <td title={f.code}>{t(`quality.kind.${f.kind}`)}</td>
                <td>
                  {f.plotIds.slice(0, 6).map((id, i) =>
                    id !== null && f.severity === 'warning' ? (
                      <button key={i} className="link" title={t('issues.show')} onClick={() => onShowPlot(id)} data-testid="quality-plot">{id}</button>
                    ) : (
                      <span key={i}>{id ?? `#${f.indexes[i]}`}</span>
                    ),
                  )}
                  {f.plotIds.length > 6 && <span> … (+{f.plotIds.length - 6})</span>}
                </td>
                <td className="num">{f.kind === 'invalid-geometry' || f.kind === 'repaired-geometry' ? '' : `${decimalText(f.measure, language)} ${t(`quality.unit.${f.unit}`)}`}</td>
                <td>{f.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="modal-actions">
        <button className="btn" onClick={() => void download()} data-testid="quality-download" disabled={quality.findingCount === 0}>{t('quality.download')}</button>
      </div>
    </>
  );
}
