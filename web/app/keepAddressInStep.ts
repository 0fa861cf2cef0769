import { useViewStore } from '../stores/viewStore.ts';
import { useFilterStore } from '../stores/filterStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { useCursorStore } from '../stores/cursorStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { currentLink } from './applyLinkState.ts';

const SETTLE_MS = 400;

/**
 * Keeps the address bar's hash equal to the view (camera, theme, filters, selection, as-of date and
 * rule parameters) as the user works, so a reload, a crash or a closed tab restores everything, and
 * the address is always a link to what is on screen. replaceState: no history entry per change.
 */
export function keepAddressInStep(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written = location.hash;
  const write = async () => {
    if (useDataStore.getState().status !== 'ready') return;
    const link = await currentLink();
    const hash = link.slice(link.indexOf('#'));
    if (hash === written) return;
    written = hash;
    history.replaceState(history.state, '', link);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void write(), SETTLE_MS);
  };
  const unsubscribers = [
    useViewStore.subscribe(schedule),
    useFilterStore.subscribe(schedule),
    useAnalysisStore.subscribe((s, prev) => (s.params !== prev.params || s.asOf !== prev.asOf) && schedule()),
    useUiStore.subscribe((s, prev) => (s.selectedRow !== prev.selectedRow || s.language !== prev.language) && schedule()),
    useCursorStore.subscribe((s, prev) => (s.viewBounds !== prev.viewBounds || s.pitchDegrees !== prev.pitchDegrees || s.bearingDegrees !== prev.bearingDegrees) && schedule()),
  ];
  schedule();
  return () => {
    clearTimeout(timer);
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
