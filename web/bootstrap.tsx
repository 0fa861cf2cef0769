import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/index.ts';
import { setDistrictsUrl } from './layers/districtLabels.ts';
import { App } from './App.tsx';
import type { AppConfig } from './config/appConfig.ts';
import type { LinkState } from './config/linkState.ts';
import './styles/app.css';
import './present/present.css';

export function renderApp(config: AppConfig, link: LinkState): void {
  initI18n(link.language ?? 'zh');
  setDistrictsUrl(config.districtsUrl);
  // No StrictMode: its double effects would create the WebGL map twice, which costs a second on CPU renderers.
  createRoot(document.getElementById('root')!).render(<App config={config} initialCamera={link.camera} />);
}
