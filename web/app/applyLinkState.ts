import type { LinkState } from '../config/linkState.ts';
import { hashOfLinkState } from '../config/linkState.ts';
import { useViewStore } from '../stores/viewStore.ts';
import { useFilterStore } from '../stores/filterStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useUiStore, selectRow } from '../stores/uiStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { plotsWorker } from '../worker/client.ts';
import { mapInstance } from '../map/mapInstance.ts';

/** Puts a link's state into the stores before the first render; the selection waits for the data. */
export function applyLinkState(link: LinkState): void {
  if (link.language) useUiStore.setState({ language: link.language });
  useViewStore.setState((s) => ({
    ...s,
    theme: link.theme ?? s.theme,
    numericField: link.numericField ?? s.numericField,
    extrusion: link.extrusion ?? s.extrusion,
  }));
  useFilterStore.setState({ subparks: link.subparks, categories: link.categories, flags: link.flags, statuses: link.statuses, ranges: link.ranges });
  useAnalysisStore.setState((s) => ({ ...s, asOf: link.asOf ?? s.asOf, params: { ...s.params, ...link.params } }));
  if (link.selectedId) {
    const id = link.selectedId;
    const unsubscribe = useDataStore.subscribe((d) => {
      if (d.status !== 'ready') return;
      unsubscribe();
      void plotsWorker().rowOfId(id).then((row) => row >= 0 && useUiStore.setState((s) => selectRow(s, row)));
    });
  }
}

/** The link for the current view: camera, language, theme, filters, selection, rules. */
export async function currentLink(): Promise<string> {
  const map = mapInstance();
  const view = useViewStore.getState();
  const f = useFilterStore.getState();
  const a = useAnalysisStore.getState();
  const ui = useUiStore.getState();
  const selectedId = ui.selectedRow >= 0 ? String((await plotsWorker().plotDetail(ui.selectedRow)).properties.id) : null;
  const hash = hashOfLinkState({
    camera: map ? { center: [map.getCenter().lng, map.getCenter().lat], zoom: map.getZoom(), pitch: map.getPitch(), bearing: map.getBearing() } : null,
    language: ui.language,
    theme: view.theme,
    numericField: view.numericField,
    extrusion: view.extrusion,
    subparks: f.subparks,
    categories: f.categories,
    flags: f.flags,
    statuses: f.statuses,
    ranges: f.ranges,
    selectedId,
    asOf: a.asOf,
    params: a.params,
  });
  return location.origin + location.pathname + location.search + hash;
}
