import { useTranslation } from 'react-i18next';
import { useUiStore, toggleHelp } from '../stores/uiStore.ts';

const KEYS = ['search', 'language', 'themes', 'extrude', 'dashboard', 'home', 'escape', 'undo', 'help'] as const;

export function HelpDialog() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.helpOpen);
  if (!open) return null;
  return (
    <div className="modal-backdrop" onClick={() => useUiStore.setState(toggleHelp)}>
      <div className="modal" role="dialog" aria-label={t('shortcuts.title')} onClick={(e) => e.stopPropagation()}>
        <h2>{t('shortcuts.title')}</h2>
        <ul className="shortcut-list">
          {KEYS.map((k) => (
            <li key={k}>{t(`shortcuts.${k}`)}</li>
          ))}
        </ul>
        <button className="btn" onClick={() => useUiStore.setState(toggleHelp)}>{t('panel.close')}</button>
      </div>
    </div>
  );
}
