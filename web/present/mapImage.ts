import i18next from 'i18next';
import { mapInstance } from '../map/mapInstance.ts';
import { useViewStore } from '../stores/viewStore.ts';
import { useColumnStore } from '../stores/columnStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { legendOf, type LegendEntry } from '../panels/legendEntries.ts';
import { useHighlightStore } from './storyStore.ts';
import { slideProposalLegend } from './slideProposal.ts';
import { mapCanvasAt } from './mapCanvas.ts';
import { downloadBlob } from '../export/downloadBlob.ts';
import { drawMapDecorations, metresPerPixelAt } from './mapOverlays.ts';

/** File name of the plots shown: the file opened from disk, else the last part of the served URL. */
export function plotsSourceName(): string {
  const opened = useDataStore.getState().openedFileName;
  if (opened) return opened;
  const url = new URLSearchParams(location.search).get('plots') ?? '/data/sample/plots.geojson';
  return decodeURIComponent(url.split('?')[0].split('/').pop() ?? url);
}

/** "数据来源：plots.geojson（示例数据，非官方）" in the UI language. */
export function sourceText(): string {
  const language = useUiStore.getState().language;
  const t = i18next.getFixedT(language);
  const label = useDataStore.getState().plots?.dataLabel;
  const name = plotsSourceName();
  return t('present.source', { name: label ? `${name}${language === 'zh' ? `（${label.zh}）` : ` (${label.en})`}` : name });
}

/**
 * The map as it is now, at `pixelRatio`, with title, legend, scale bar, north arrow, source and
 * as-of date. `extraLegend`: entries for what the caller draws over the theme (proposal marks).
 */
export async function decoratedMapImage(pixelRatio: number, title: string, subtitle: string, extraLegend: readonly LegendEntry[] = []): Promise<HTMLCanvasElement> {
  const map = mapInstance();
  if (!map) throw new Error('the map is not ready');
  const { canvas, cssWidth } = await mapCanvasAt(pixelRatio);
  const language = useUiStore.getState().language;
  const t = i18next.getFixedT(language);
  const view = useViewStore.getState();
  const legend = legendOf({ theme: view.theme, field: view.numericField, column: useColumnStore.getState().columns[view.numericField], language, plots: useDataStore.getState().plots, t });
  // A slide's proposal is named like proposal mode's own marks.
  legend.entries.push(...slideProposalLegend(useHighlightStore.getState().proposal, t));
  const asOf = useAnalysisStore.getState().result?.asOf ?? useAnalysisStore.getState().asOf;
  drawMapDecorations(canvas, cssWidth, {
    title,
    subtitle,
    legendTitle: legend.title,
    legend: [...legend.entries, ...extraLegend],
    source: sourceText(),
    asOf: t('present.asOf', { date: asOf }),
    northLabel: t('map.north'),
    bearingDegrees: map.getBearing(),
    metresPerPixel: metresPerPixelAt(map.getCenter().lat, map.getZoom()),
  });
  return canvas;
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), type, quality));
}

export { downloadBlob };

/** Saves the current view as a PNG (parktwin-map-<as-of>.png). */
export async function exportMapPng(pixelRatio: number, title: string, subtitle: string): Promise<void> {
  const canvas = await decoratedMapImage(pixelRatio, title, subtitle);
  const asOf = useAnalysisStore.getState().result?.asOf ?? useAnalysisStore.getState().asOf;
  downloadBlob(await canvasBlob(canvas), `parktwin-map-${asOf}.png`);
}
