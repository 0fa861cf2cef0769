import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/index.ts';
import { setDistrictsUrl } from './layers/districtLabels.ts';
import { App } from './App.tsx';
import { useUiStore, showToast } from './stores/uiStore.ts';
import { startupNoticeOf } from './app/startupNotice.ts';
import type { AppConfig } from './config/appConfig.ts';
import type { LinkState } from './config/linkState.ts';
import './styles/app.css';

/** `rejectedLinkParts`: parts of the address's hash that were ignored, named in a notice. */
export function renderApp(config: AppConfig, link: LinkState, rejectedLinkParts: readonly string[] = []): void {
  const i18n = initI18n(link.language ?? 'zh');
  const notice = startupNoticeOf(i18n.t, rejectedLinkParts, config.refusedUrls);
  if (notice) useUiStore.setState((s) => showToast(s, notice));
  setDistrictsUrl(config.districtsUrl);
  // No StrictMode: its double effects would create the WebGL map twice, which costs a second on CPU renderers.
  createRoot(document.getElementById('root')!).render(<App config={config} initialCamera={link.camera} />);
}
