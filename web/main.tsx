/**
 * Entry point, kept light on purpose: it starts the worker streaming the plots first, and only then
 * loads the heavy UI (React, MapLibre, deck.gl) as a separate chunk, so parsing data and parsing
 * the map libraries happen at the same time.
 */
import { appConfigOfSearch } from './config/appConfig.ts';
import { hashOfLinkState, readLinkState } from './config/linkState.ts';
import { applyLinkState } from './app/applyLinkState.ts';
import { startApp } from './app/controller.ts';
import { recordParamEdits } from './app/paramsUndo.ts';
import { exposeTestHooks } from './app/testHooks.ts';

const config = appConfigOfSearch(location.search);
const { link, rejected } = readLinkState(location.hash);
// A bad part never stays in the address, where every reload would meet it again.
if (rejected.length) history.replaceState(history.state, '', location.pathname + location.search + hashOfLinkState(link));
// Edits are recorded from here on: the link's rules are the starting point, not an edit to undo.
applyLinkState(link);
recordParamEdits();
exposeTestHooks();
if (import.meta.env.VITE_PARKTWIN_TEST_HOOKS === '1') {
  // Test builds only: the map tools before the proposal mode hosts them (web/proposal/draw/devHarness.tsx).
  const test = ((globalThis as unknown as { __parktwinTest?: Record<string, unknown> }).__parktwinTest ??= {});
  test.mountMapTools = async () => {
    const { mountDevMapTools } = await import('./proposal/draw/devHarness.tsx');
    test.mapTools = mountDevMapTools();
    return (test.mapTools as { indexBuildMs: number }).indexBuildMs;
  };
}
void startApp(config, link.asOf !== null);
void import('./bootstrap.tsx').then(({ renderApp }) => renderApp(config, link, rejected));
