import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/index.ts';
import { appConfigOfSearch } from './config/appConfig.ts';
import { linkStateOfHash } from './config/linkState.ts';
import { applyLinkState } from './app/applyLinkState.ts';
import { startApp } from './app/controller.ts';
import { setDistrictsUrl } from './layers/districtLabels.ts';
import { App } from './App.tsx';
import { exposeTestHooks } from './app/testHooks.ts';
import './styles/app.css';

const config = appConfigOfSearch(location.search);
const link = linkStateOfHash(location.hash);
initI18n(link.language ?? 'zh');
applyLinkState(link);
setDistrictsUrl(config.districtsUrl);
exposeTestHooks();
void startApp(config);

createRoot(document.getElementById('root')!).render(
  // No StrictMode: its double effects would create the WebGL map twice, which costs a second on CPU renderers.
  <App config={config} initialCamera={link.camera} />,
);
