import { useTranslation } from 'react-i18next';
import { runOrSay, sayExportFailed } from '../app/failureNotice.ts';
import { useUiStore, setIssuesOpen } from '../stores/uiStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { countText } from '../format/numbers.ts';
import { showPlotById } from '../app/showPlot.ts';
import { useQualityStore, setDialogTab } from '../stores/qualityStore.ts';
import { QualityFindings } from './QualityFindings.tsx';
import { InputSummary } from '../import/InputSummary.tsx';
import '../import/import.css';

/**
 * The problems found in the loaded file, each with its feature, field and reason: bad input is
 * reported, never dropped silently. The worker sends the first ones; all of them download as CSV.
 * A second tab holds the data-quality report (QualityFindings).
 */
export function IssuesDialog() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.issuesOpen);
  const language = useUiStore((s) => s.language);
  const plots = useDataStore((s) => s.plots);
  const tab = useQualityStore((s) => s.dialogTab);
  const findingCount = useQualityStore((s) => s.quality?.findingCount);
  if (!open || !plots) return null;
  const close = () => useUiStore.setState((s) => setIssuesOpen(s, false));
  const download = async () => {
    await runOrSay(async () => {
      const { exportIssues } = await import('../export/exportIssues.ts');
      await exportIssues();
    }, sayExportFailed);
  };
  const errors = plots.issues.filter((i) => i.severity === 'error').length;
  // A warning's plot was loaded: show it on the map, with the inspector open.
  const showPlot = async (id: string) => {
    close();
    await showPlotById(id);
  };
  return (
    <div className="modal-backdrop" onClick={close}>
      <div className="modal issues-dialog" role="dialog" aria-label={t('issues.title')} data-testid="issues-dialog" onClick={(e) => e.stopPropagation()}>
        <h2>{t('issues.title')}</h2>
        <div className="segmented" role="tablist">
          <button role="tab" aria-selected={tab === 'input'} className={tab === 'input' ? 'active' : ''} onClick={() => useQualityStore.setState((q) => setDialogTab(q, 'input'))} data-testid="issues-tab-input">
            {t('quality.inputTab', { count: plots.issueCount })}
          </button>
          <button role="tab" aria-selected={tab === 'quality'} className={tab === 'quality' ? 'active' : ''} onClick={() => useQualityStore.setState((q) => setDialogTab(q, 'quality'))} data-testid="issues-tab-quality">
            {findingCount === undefined ? t('quality.tabPending') : t('quality.tab', { count: findingCount })}
          </button>
        </div>
        {tab === 'quality' ? (
          <QualityFindings onShowPlot={(id) => void showPlot(id)} />
        ) : (
          <>
            <InputSummary />
            <p className="muted">
              {t('issues.summary', { count: countText(plots.issueCount, language), shown: countText(plots.issues.length, language) })}
              {errors > 0 && <> {t('issues.errorsLeftOut')}</>}
            </p>
            <div className="issues-table-wrap">
              <table className="issues-table">
                <thead>
                  <tr>
                    <th>{t('issues.index')}</th>
                    <th>{t('issues.id')}</th>
                    <th>{t('issues.severity')}</th>
                    <th>{t('issues.field')}</th>
                    <th>{t('issues.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plots.issues.map((issue, k) => (
                    <tr key={k} className={issue.severity} data-testid="issue-row">
                      <td className="num">{issue.index >= 0 ? issue.index : '—'}</td>
                      <td>
                        {issue.severity === 'warning' && issue.id !== null ? (
                          <button className="link" title={t('issues.show')} onClick={() => void showPlot(issue.id!)} data-testid="issue-plot">{issue.id}</button>
                        ) : (
                          issue.id ?? ''
                        )}
                      </td>
                      <td>{t(`issues.${issue.severity}`)}</td>
                      <td>{issue.field ?? ''}</td>
                      <td title={issue.code}>
                        <strong>{t(`issueCode.${issue.code}`, { defaultValue: issue.code })}</strong> {issue.message}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        <div className="modal-actions">
          {tab === 'input' && <button className="btn" onClick={() => void download()} data-testid="issues-download">{t('issues.download')}</button>}
          <button className="btn" onClick={close}>{t('panel.close')}</button>
        </div>
      </div>
    </div>
  );
}
