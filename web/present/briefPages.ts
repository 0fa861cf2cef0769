import i18next from 'i18next';
import { useDataStore } from '../stores/dataStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { useViewStore } from '../stores/viewStore.ts';
import { useFilterStore } from '../stores/filterStore.ts';
import { mapInstance } from '../map/mapInstance.ts';
import { plotsWorker } from '../worker/client.ts';
import { areaWithMuText, largeAreaText } from '../format/numbers.ts';
import { applySlide } from './applySlide.ts';
import { decoratedMapImage, sourceText } from './mapImage.ts';
import { encodedDataUrl } from './imageEncoder.ts';
import { slideFiguresOf } from './useSlideFigures.ts';
import { flagCountsOf, topGroups, topRemovalRows } from './briefFigures.ts';
import { movedPlotRows } from './proposalPageRows.ts';
import { subparkLabel } from '../format/subparkLabel.ts';
import { FLAG_HEX } from '../themes/palette.ts';
import { useHighlightStore } from './storyStore.ts';
import type { MetricCard } from './metricCards.ts';
import type { Story } from './storyTypes.ts';

/** One page of a briefing: what the PDF page, the PPTX slide and the PNG show. */
export interface BriefPage {
  id: string;
  title: string;
  subtitle: string;
  caption: string;
  /** The decorated map as a JPEG data URL, and its size in pixels. */
  imageUrl: string;
  imageSize: [number, number];
  cards: MetricCard[];
  flagCounts: { label: string; count: number; color: string }[];
  removal: { id: string; name: string; area: string }[];
  removalTotal: number;
  groups: { id: string; plots: number; area: string }[];
  groupTotal: number;
  /** The plots the slide's proposal moves (largest first, with where from and to), in place of the removal list; null without a proposal. */
  moved: { id: string; change: string; area: string }[] | null;
  movedTotal: number;
  footer: string;
}

export interface BriefDeck {
  title: string;
  pages: BriefPage[];
  language: 'zh' | 'en';
}

function nameOf(properties: Record<string, unknown>): string {
  const name = typeof properties.name === 'string' ? properties.name : '';
  const enterprise = typeof properties.enterprise === 'string' ? properties.enterprise : '';
  return name || enterprise;
}

/** Saves and restores what building the pages changes (camera, theme, filters, 3D, highlight). */
function viewSnapshot(): () => void {
  const map = mapInstance();
  const camera = map ? { center: map.getCenter(), zoom: map.getZoom(), pitch: map.getPitch(), bearing: map.getBearing() } : null;
  const view = useViewStore.getState();
  const filters = useFilterStore.getState();
  const highlight = useHighlightStore.getState();
  return () => {
    useViewStore.setState(view);
    useFilterStore.setState(filters);
    useHighlightStore.setState(highlight);
    if (map && camera) map.jumpTo(camera);
  };
}

/**
 * Renders every slide of a story into a page: the map as the slide sets it (camera, theme, filters,
 * 3D, highlight) with its legend and marks, then its figures, flag counts, removal candidates and
 * consolidation groups (top 10 by area). The view is restored afterwards.
 */
export async function buildBriefPages(story: Story, pixelRatio: number, onProgress?: (done: number, total: number) => void): Promise<BriefDeck> {
  const map = mapInstance();
  const { plots, subparks } = useDataStore.getState();
  const result = useAnalysisStore.getState().result;
  if (!map || !plots || !result) throw new Error('the data and its analysis are not ready');
  const language = useUiStore.getState().language;
  const t = i18next.getFixedT(language);
  const restore = viewSnapshot();
  const pages: BriefPage[] = [];
  const images: Promise<string>[] = [];
  const asOfText = t('present.asOf', { date: result.asOf });
  const source = sourceText();
  try {
    for (const [i, slide] of story.slides.entries()) {
      onProgress?.(i, story.slides.length);
      const startedMs = performance.now();
      await applySlide(slide, false);
      const info = slide.subparkId ? subparks?.byId.get(slide.subparkId) : undefined;
      const subtitle = [info?.district, asOfText].filter(Boolean).join(' · ');
      const canvas = await decoratedMapImage(pixelRatio, slide.title, subtitle);
      const drawnMs = performance.now();
      // Not awaited: the worker encodes this page while the next one is drawn.
      images.push(encodedDataUrl(canvas));
      const encodedMs = performance.now();
      const shown = useHighlightStore.getState().proposal;
      const { indicators, cards } = slideFiguresOf(slide.subparkId, result, subparks, language, t, shown);
      const moved = shown?.evaluation ? movedPlotRows(shown.evaluation) : null;
      const removal = moved ? { rows: [], total: 0 } : topRemovalRows(plots, result, slide.subparkId);
      const details = await Promise.all(removal.rows.map((row) => plotsWorker().plotDetail(row)));
      const place = (key: string | null) => subparkLabel(key, subparks, language, t('proposal.outside'));
      const groups = topGroups(result, slide.subparkId);
      console.debug(`parktwin brief: page ${i + 1} map ${(drawnMs - startedMs).toFixed(0)} ms, pixels read ${(encodedMs - drawnMs).toFixed(0)} ms, lists ${(performance.now() - encodedMs).toFixed(0)} ms`);
      pages.push({
        id: slide.id,
        title: slide.title,
        subtitle,
        caption: slide.caption,
        imageUrl: '',
        imageSize: [canvas.width, canvas.height],
        cards,
        flagCounts: flagCountsOf(indicators).map(({ flag, count }) => ({ label: t(`flag.${flag}`), count, color: FLAG_HEX[flag] })),
        removal: details.map((d) => ({ id: String(d.properties.id ?? ''), name: nameOf(d.properties), area: areaWithMuText(d.areaM2, language) })),
        removalTotal: removal.total,
        groups: groups.groups.map((g) => ({ id: g.id, plots: g.plotCount, area: largeAreaText(g.areaM2, language) })),
        groupTotal: groups.total,
        moved: moved ? moved.rows.map((m) => ({ id: m.id, change: `${place(m.from)} → ${place(m.to)}`, area: areaWithMuText(m.areaM2, language) })) : null,
        movedTotal: moved?.total ?? 0,
        footer: `${source} · ${asOfText}`,
      });
    }
    const encodeStartMs = performance.now();
    const urls = await Promise.all(images);
    urls.forEach((url, i) => (pages[i].imageUrl = url));
    console.debug(`parktwin brief: images encoded ${(performance.now() - encodeStartMs).toFixed(0)} ms after the last page was drawn`);
    onProgress?.(story.slides.length, story.slides.length);
  } finally {
    restore();
  }
  return { title: story.title, pages, language };
}

