import { proxy } from 'comlink';
import { plotsWorker } from '../worker/client.ts';
import { useDataStore, loadStarted, loadProgressed, loadFinished, loadFailed, subparksLoaded } from '../stores/dataStore.ts';
import { useAnalysisStore, setAsOf, analysisRequested, analysisProgressed, analysisFinished, analysisFailed } from '../stores/analysisStore.ts';
import { useColumnStore, columnLoaded, columnsCleared } from '../stores/columnStore.ts';
import { useFilterStore } from '../stores/filterStore.ts';
import { useViewStore } from '../stores/viewStore.ts';
import { useMaskStore } from '../stores/maskStore.ts';
import { plotMaskOf } from '../filters/plotMask.ts';
import { fetchSubparks } from '../map/subparkCollection.ts';
import { markAnalysis, markPlotsArrived } from './perfMarks.ts';
import { keepAddressInStep } from './keepAddressInStep.ts';
import type { AppConfig } from '../config/appConfig.ts';
import type { AnalysisProgress, ColumnField, LoadProgress, LoadRequest, LoadResult } from '../worker/protocol.ts';
import { keepQualityInStep } from './keepQualityInStep.ts';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const pendingColumns = new Set<ColumnField>();

/** Fetches an attribute column from the worker once per analysis (choropleth, range filters). */
export async function ensureColumn(field: ColumnField): Promise<void> {
  if (useColumnStore.getState().columns[field] || pendingColumns.has(field)) return;
  if (useDataStore.getState().status !== 'ready') return;
  pendingColumns.add(field);
  try {
    const column = await plotsWorker().column(field);
    useColumnStore.setState((s) => columnLoaded(s, column));
  } finally {
    pendingColumns.delete(field);
  }
}

/** Columns the current view and filters read. */
function neededColumns(): ColumnField[] {
  const view = useViewStore.getState();
  const fields = new Set<ColumnField>(useFilterStore.getState().ranges.map((r) => r.field));
  if (view.theme === 'numeric') fields.add(view.numericField);
  return [...fields];
}

/** Runs the analysis in the worker with the current parameters; a newer request makes older replies stale. */
export async function requestAnalysis(): Promise<void> {
  if (useDataStore.getState().status !== 'ready') return;
  useAnalysisStore.setState(analysisRequested);
  const { requestId, asOf, params } = useAnalysisStore.getState();
  try {
    markAnalysis('requested');
    const result = await plotsWorker().analyze(
      { requestId, asOf, params },
      proxy((p: AnalysisProgress) => useAnalysisStore.setState((s) => analysisProgressed(s, p))),
    );
    if (!result) return;
    markAnalysis('arrived');
    const wasLatest = result.requestId === useAnalysisStore.getState().requestId;
    useAnalysisStore.setState((s) => analysisFinished(s, result));
    markAnalysis('applied');
    if (wasLatest) {
      useColumnStore.setState(columnsCleared);
      for (const field of neededColumns()) void ensureColumn(field);
    }
  } catch (error) {
    useAnalysisStore.setState((s) => analysisFailed(s, requestId, messageOf(error)));
  }
}

let analysisTimer: ReturnType<typeof setTimeout> | undefined;
/** Parameter edits arrive per keystroke; run once they settle. */
export function requestAnalysisSoon(delayMs = 250): void {
  clearTimeout(analysisTimer);
  analysisTimer = setTimeout(() => void requestAnalysis(), delayMs);
}

function recomputeMask(): void {
  const { plots } = useDataStore.getState();
  if (!plots) return;
  const mask = plotMaskOf({
    count: plots.plotCount,
    subparkKeys: plots.subparkKeys,
    columns: plots.columns,
    analysis: useAnalysisStore.getState().result?.plots ?? null,
    filters: useFilterStore.getState(),
    rangeColumns: useColumnStore.getState().columns,
  });
  useMaskStore.setState({ mask });
}

/** Keeps the filter mask in step with data, analysis, filters and columns. */
function subscribeDerivedState(): void {
  useDataStore.subscribe((s, prev) => s.plots !== prev.plots && recomputeMask());
  useAnalysisStore.subscribe((s, prev) => s.result !== prev.result && recomputeMask());
  useFilterStore.subscribe(() => {
    for (const field of neededColumns()) void ensureColumn(field);
    recomputeMask();
  });
  useColumnStore.subscribe(() => recomputeMask());
  useViewStore.subscribe((s, prev) => {
    if (s.theme !== prev.theme || s.numericField !== prev.numericField) for (const field of neededColumns()) void ensureColumn(field);
  });
}

/** Marks the data as loading and has the worker read the plots, with progress into the data store. */
export function loadInWorker(request: LoadRequest): Promise<LoadResult> {
  useDataStore.setState(loadStarted);
  return plotsWorker().load(request, proxy((p: LoadProgress) => useDataStore.setState((s) => loadProgressed(s, p))));
}

/** `asOfFromLink`: the link named an as-of date, which wins over the one the file suggests. */
export async function startApp(config: AppConfig, asOfFromLink = false): Promise<void> {
  subscribeDerivedState();
  keepQualityInStep();
  if (config.subparksUrl) {
    void fetchSubparks(config.subparksUrl)
      .then((collection) => collection && useDataStore.setState((s) => subparksLoaded(s, collection)))
      .catch(() => undefined);
  }
  try {
    const plots = await loadInWorker({ plotsUrl: config.plotsUrl, parseThreads: config.parseThreads });
    markPlotsArrived(plots.durationMs);
    if (plots.dataAsOf && !asOfFromLink) useAnalysisStore.setState((s) => setAsOf(s, plots.dataAsOf!));
    useDataStore.setState((s) => loadFinished(s, plots));
    keepAddressInStep();
    await requestAnalysis();
    // A proposal open at the last visit (reload, closed tab) comes back with its mode.
    void import('../proposal/proposalActions.ts').then((m) => m.restoreOpenProposal()).catch(() => undefined);
  } catch (error) {
    useDataStore.setState((s) => loadFailed(s, messageOf(error)));
  }
}
