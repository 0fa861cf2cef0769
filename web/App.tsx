import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MapView } from './map/MapView.tsx';
import { TopBar } from './panels/TopBar.tsx';
import { SidePanel } from './panels/SidePanel.tsx';
import { Legend } from './panels/Legend.tsx';
import { StatusBar } from './panels/StatusBar.tsx';
import { Tooltip } from './panels/Tooltip.tsx';
import { Inspector } from './panels/Inspector.tsx';
import { LoadOverlay } from './panels/LoadOverlay.tsx';
import { MapWidgets } from './map/MapWidgets.tsx';
import { HelpDialog } from './panels/HelpDialog.tsx';
import { IssuesDialog } from './panels/IssuesDialog.tsx';
import { Toast } from './panels/Toast.tsx';
import { useUiStore } from './stores/uiStore.ts';
import { setLanguage } from './i18n/index.ts';
import { useKeyboardShortcuts } from './app/useKeyboardShortcuts.ts';
import { useFileDrop } from './app/useFileDrop.ts';
import type { AppConfig } from './config/appConfig.ts';
import type { MapViewProps } from './map/MapView.tsx';
import { PresentationRoot } from './present/PresentationRoot.tsx';
import { useStoryStore } from './present/storyStore.ts';
import { useDeckStore } from './present/deckStore.ts';
import { useProposalStore } from './proposal/proposalStore.ts';

// The dashboard (tables and charts) is loaded when first opened, to keep the initial bundle small.
const Dashboard = lazy(() => import('./dashboard/Dashboard.tsx'));
// Proposal mode is loaded when first entered (or when a proposal was open at the last visit).
const ProposalPanel = lazy(() => import('./proposal/ProposalPanel.tsx'));
import { useImportStore } from './import/importStore.ts';

// The import step and its mapping editor load when a file other than GeoJSON is opened.
const ImportStep = lazy(() => import('./import/ImportStep.tsx'));

export function App({ config, initialCamera }: { config: AppConfig; initialCamera: MapViewProps['initialCamera'] }) {
  const language = useUiStore((s) => s.language);
  const dashboardOpen = useUiStore((s) => s.dashboardOpen);
  const proposalOpen = useProposalStore((s) => s.open);
  const importing = useImportStore((s) => s.phase !== 'idle');
  const { t } = useTranslation();
  // Presentation mode, and building a briefing's maps, show the map alone.
  const presenting = useStoryStore((s) => s.presenting);
  const buildingDeck = useDeckStore((s) => s.progress !== null || s.onScreen);
  const mapAlone = presenting || buildingDeck;
  useKeyboardShortcuts();
  useFileDrop();

  useEffect(() => {
    setLanguage(language);
    document.title = `${t('app.title')} · ParkTwin`;
  }, [language, t]);

  return (
    <div className={mapAlone ? 'app presenting' : 'app'}>
      <TopBar />
      <main className="workspace">
        <SidePanel />
        <section className="map-area">
          <MapView config={config} initialCamera={initialCamera} />
          <MapWidgets />
          <Legend />
          <Tooltip />
          <LoadOverlay />
          <StatusBar />
        </section>
        <Inspector />
        {proposalOpen && !mapAlone && (
          <Suspense fallback={null}>
            <ProposalPanel />
          </Suspense>
        )}
      </main>
      {dashboardOpen && (
        <Suspense fallback={null}>
          <Dashboard />
        </Suspense>
      )}
      <HelpDialog />
      <IssuesDialog />
      {importing && (
        <Suspense fallback={null}>
          <ImportStep />
        </Suspense>
      )}
      <Toast />
      <PresentationRoot />
    </div>
  );
}
