import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMaskStore } from '../stores/maskStore.ts';
import { useUiStore, showToast } from '../stores/uiStore.ts';
import { countText } from '../format/numbers.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { runOrSay, sayExportFailed } from '../app/failureNotice.ts';

/** Export of the list (清单) and the view link; the export code loads on first use. */
export function ExportMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const flagged = useMaskStore((s) => s.mask?.flaggedShownCount ?? 0);
  const language = useUiStore((s) => s.language);
  const run = async (format: 'csv' | 'geojson') => {
    setOpen(false);
    await runOrSay(async () => {
      const { exportFlaggedList } = await import('../export/exportList.ts');
      await exportFlaggedList(format);
    }, sayExportFailed);
  };
  const copyLink = async () => {
    setOpen(false);
    const { copyCurrentLink } = await import('../export/copyLink.ts');
    const ok = await copyCurrentLink();
    // A file opened from disk cannot travel in a link: say so rather than let the link open other data.
    const opened = useDataStore.getState().openedFileName;
    const copied = opened ? t('exportData.copiedWithoutFile', { name: opened }) : t('exportData.copied');
    useUiStore.setState((s) => showToast(s, ok ? copied : ok === false ? location.href : null));
  };
  return (
    <div className="menu">
      <button className="btn" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="export-button">{t('exportData.title')} ▾</button>
      {open && (
        <div className="menu-items" role="menu">
          <div className="muted small">{t('exportData.flaggedOnly', { n: countText(flagged, language) })}</div>
          <button role="menuitem" onClick={() => void run('csv')} data-testid="export-csv">{t('exportData.csv')}</button>
          <button role="menuitem" onClick={() => void run('geojson')} data-testid="export-geojson">{t('exportData.geojson')}</button>
          <button role="menuitem" onClick={() => void copyLink()} data-testid="copy-link">{t('exportData.link')}</button>
        </div>
      )}
    </div>
  );
}
