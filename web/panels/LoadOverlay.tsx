import { useTranslation } from 'react-i18next';
import { useDataStore } from '../stores/dataStore.ts';

/** Progress while the plots stream in; a clear message when they cannot be read. */
export function LoadOverlay() {
  const { t } = useTranslation();
  const status = useDataStore((s) => s.status);
  const progress = useDataStore((s) => s.progress);
  const error = useDataStore((s) => s.error);
  if (status === 'ready') return null;
  if (status === 'error') {
    return (
      <div className="load-overlay error" role="alert" data-testid="load-error">
        {t('load.failed', { message: error ?? '' })}
      </div>
    );
  }
  const fraction = progress?.totalBytes ? progress.bytes / progress.totalBytes : null;
  const label = progress?.stage === 'geometry' ? t('load.geometry') : t('load.fetching', { mb: ((progress?.bytes ?? 0) / 1e6).toFixed(1) });
  return (
    <div className="load-overlay" role="status" data-testid="loading">
      <div>{label}</div>
      <div className="progress"><div className="progress-bar" style={{ width: `${Math.round((fraction ?? 0.1) * 100)}%` }} /></div>
    </div>
  );
}
