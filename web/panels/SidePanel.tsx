import { useTranslation } from 'react-i18next';
import { useUiStore, setLeftPanel, type LeftPanel } from '../stores/uiStore.ts';
import { LayersPanel } from './LayersPanel.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { ParamsPanel } from './ParamsPanel.tsx';
import { SubparkList } from './SubparkList.tsx';

const TABS: readonly LeftPanel[] = ['layers', 'filters', 'params', 'subparks'];

export function SidePanel() {
  const { t } = useTranslation();
  const active = useUiStore((s) => s.leftPanel);
  return (
    <aside className="side-panel">
      <nav className="tabs" role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab}
            role="tab"
            aria-selected={active === tab}
            className={active === tab ? 'tab active' : 'tab'}
            onClick={() => useUiStore.setState((s) => setLeftPanel(s, tab))}
            data-testid={`tab-${tab}`}
          >
            {t(`panel.${tab}`)}
          </button>
        ))}
      </nav>
      <div className="side-content">
        {active === 'layers' && <LayersPanel />}
        {active === 'filters' && <FilterPanel />}
        {active === 'params' && <ParamsPanel />}
        {active === 'subparks' && <SubparkList />}
      </div>
    </aside>
  );
}
