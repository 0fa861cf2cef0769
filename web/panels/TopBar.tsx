import { useTranslation } from 'react-i18next';
import { useUiStore, toggleLanguage, toggleDashboard, toggleHelp } from '../stores/uiStore.ts';
import { SearchBox } from './SearchBox.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { OpenFileButton } from './OpenFileButton.tsx';
import { PresentButtons } from '../present/PresentButtons.tsx';
import { ProposalButton } from '../proposal/ProposalButton.tsx';

export function TopBar() {
  const { t } = useTranslation();
  const dashboardOpen = useUiStore((s) => s.dashboardOpen);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span>
        <span className="brand-title">{t('app.title')}</span>
        <span className="brand-subtitle">{t('app.subtitle')}</span>
      </div>
      <SearchBox />
      <div className="topbar-actions">
        <OpenFileButton />
        <button className={dashboardOpen ? 'btn active' : 'btn'} onClick={() => useUiStore.setState(toggleDashboard)} data-testid="dashboard-button">
          {t('panel.dashboard')}
        </button>
        <ProposalButton />
        <PresentButtons />
        <ExportMenu />
        <button className="btn" onClick={() => useUiStore.setState(toggleHelp)} title={t('map.shortcuts')}>?</button>
        <button className="btn lang" onClick={() => useUiStore.setState(toggleLanguage)} title={t('app.languageTitle')} data-testid="language-switch">
          {t('app.language')}
        </button>
      </div>
    </header>
  );
}
