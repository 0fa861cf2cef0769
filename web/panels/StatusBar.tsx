import { useTranslation } from 'react-i18next';
import { useMaskStore } from '../stores/maskStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useUiStore, setIssuesOpen } from '../stores/uiStore.ts';
import { countText } from '../format/numbers.ts';
import { useQualityStore, setDialogTab } from '../stores/qualityStore.ts';

/** Counts under the map: shown / total plots, flagged among them, analysis progress. */
export function StatusBar() {
  const { t } = useTranslation();
  const mask = useMaskStore((s) => s.mask);
  const plots = useDataStore((s) => s.plots);
  const openedFileName = useDataStore((s) => s.openedFileName);
  const running = useAnalysisStore((s) => s.running);
  const progress = useAnalysisStore((s) => s.progress);
  const duration = useAnalysisStore((s) => s.result?.durationMs);
  const language = useUiStore((s) => s.language);
  const asOf = useAnalysisStore((s) => s.result?.asOf ?? s.asOf);
  const qualityCount = useQualityStore((s) => s.quality?.findingCount ?? 0);
  if (!plots) return null;
  const openIssues = (tab: 'input' | 'quality') => {
    useQualityStore.setState((q) => setDialogTab(q, tab));
    useUiStore.setState((s) => setIssuesOpen(s, true));
  };
  return (
    <div className="status-bar" data-testid="status-bar">
      <span data-testid="shown-count" data-shown={mask?.shownCount ?? plots.plotCount} data-total={plots.plotCount}>
        {t('filter.shown', { shown: countText(mask?.shownCount ?? plots.plotCount, language), total: countText(plots.plotCount, language) })}
      </span>
      {mask && (
        <span data-testid="flagged-count" data-flagged={mask.flaggedShownCount}>
          {t('filter.flaggedShown', { n: countText(mask.flaggedShownCount, language) })}
        </span>
      )}
      {running ? (
        <span className="running" data-testid="analysis-running">
          <span className="spinner" />
          {t('params.running', { percent: Math.round((progress?.fraction ?? 0) * 100) })} {progress ? t(`stage.${progress.stage}`, { defaultValue: progress.stage }) : ''}
        </span>
      ) : duration !== undefined ? (
        <span className="muted status-secondary">{t('params.ranIn', { ms: Math.round(duration) })}</span>
      ) : null}
      {plots.dataLabel && <span className="data-label" data-testid="data-label">{language === 'zh' ? plots.dataLabel.zh : plots.dataLabel.en}</span>}
      <span className="muted">{t('params.asOf')} {asOf}</span>
      {openedFileName && plots.input && plots.issueCount === 0 && (
        <button className="link-button" onClick={() => openIssues('input')} title={t('inputSummary.title')} data-testid="input-button">
          {t('inputSummary.title')}
        </button>
      )}
      {plots.issueCount > 0 && (
        <button className="warn link-button" onClick={() => openIssues('input')} data-testid="issues-button">
          {t('load.issues', { count: plots.issueCount })}
        </button>
      )}
      {qualityCount > 0 && (
        <button className="warn link-button" onClick={() => openIssues('quality')} data-testid="quality-button">
          {t('quality.statusButton', { count: qualityCount })}
        </button>
      )}
    </div>
  );
}
