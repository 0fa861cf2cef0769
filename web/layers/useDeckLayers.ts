import { useEffect, useMemo, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import { FLAG_BIT } from '../../src/index.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useViewStore } from '../stores/viewStore.ts';
import { useColumnStore } from '../stores/columnStore.ts';
import { useMaskStore } from '../stores/maskStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { useCursorStore } from '../stores/cursorStore.ts';
import { plotColorsOfTheme, vertexColorsOfPlots } from '../themes/plotColors.ts';
import { vertexFilterValuesOf } from '../filters/plotMask.ts';
import { plotFillLayer, plotLayerDataOf } from './plotFillLayer.ts';
import { outlineLayer, ringPathsOfRows } from './outlineLayer.ts';
import { labelLayer, type Label } from './labelLayers.ts';
import { vertexElevationsOf } from './elevations.ts';
import { SUBPARK_LINE_LAYER } from '../map/basemapStyle.ts';
import { districtLabelsOf, fetchDistrictLabels } from './districtLabels.ts';
import { markPlotsLayerReady } from '../app/perfMarks.ts';
import { WARMUP_COLORS, WARMUP_FILTER, WARMUP_GEOMETRY } from './warmupGeometry.ts';

const WARMUP_DATA = plotLayerDataOf(WARMUP_GEOMETRY);

/** Every shown plot gets an outline from this zoom on, when few enough are in view. */
const OUTLINE_MIN_ZOOM = 15;
const OUTLINE_MAX_PLOTS = 6000;
/** Removal candidates and consolidation groups are outlined from this zoom on (computed only then). */
const FLAGGED_OUTLINE_MIN_ZOOM = 11;

function rowsWhere(count: number, test: (p: number) => boolean): Uint32Array {
  const rows: number[] = [];
  for (let p = 0; p < count; p++) if (test(p)) rows.push(p);
  return Uint32Array.from(rows);
}

/** All deck.gl layers, each rebuilt only when its own inputs change. */
export function useDeckLayers(): Layer[] {
  const plots = useDataStore((s) => s.plots);
  const subparks = useDataStore((s) => s.subparks);
  const result = useAnalysisStore((s) => s.result);
  const params = useAnalysisStore((s) => s.params);
  const theme = useViewStore((s) => s.theme);
  const numericField = useViewStore((s) => s.numericField);
  const extrusion = useViewStore((s) => s.extrusion);
  const column = useColumnStore((s) => (theme === 'numeric' ? s.columns[numericField] ?? null : null));
  const mask = useMaskStore((s) => s.mask);
  const selectedRow = useUiStore((s) => s.selectedRow);
  const language = useUiStore((s) => s.language);
  const zoomLevel = useCursorStore((s) => Math.floor(s.zoom));
  const subparkLayersReady = useCursorStore((s) => s.subparkLayersReady);
  const outlines = useViewStore((s) => s.outlines);
  const viewBounds = useCursorStore((s) => (outlines && s.zoom >= OUTLINE_MIN_ZOOM ? s.viewBounds : null));
  const [districts, setDistricts] = useState<Label[] | null>(null);

  useEffect(() => {
    void fetchDistrictLabels().then((collection) => setDistricts(collection ? districtLabelsOf(collection, 'zh') : []));
  }, []);

  const plotData = useMemo(() => (plots ? plotLayerDataOf(plots.geometry) : null), [plots]);
  const analysisPlots = result?.plots ?? null;
  // FAR classes use the targets the shown analysis ran with, so editing a parameter recolours
  // nothing until its analysis arrives (at a million plots every recolour is a full upload and redraw).
  const colourParams = result?.params ?? params;
  const farTargets = theme === 'far' ? `${colourParams.farTargetIndustrial}/${colourParams.farTargetRnd}` : '';
  const vertexColors = useMemo(() => {
    if (!plots) return null;
    const colors = plotColorsOfTheme({ theme, count: plots.plotCount, columns: plots.columns, analysis: analysisPlots, params: colourParams, column });
    return vertexColorsOfPlots(colors, plots.geometry.vertexStarts);
    // colourParams matter only through farTargets.
  }, [plots, theme, analysisPlots, farTargets, column]);
  const vertexFilter = useMemo(() => (plots && mask && mask.mask.length === plots.plotCount ? vertexFilterValuesOf(mask.mask, plots.geometry.vertexStarts) : null), [plots, mask]);
  const vertexElevations = useMemo(
    () => (plots && extrusion !== 'none' ? vertexElevationsOf(plots, analysisPlots, extrusion) : null),
    [plots, analysisPlots, extrusion],
  );

  // Outlined plots follow the filter too; the subsets are small, so rebuilding their paths is cheap.
  const shown = mask?.mask;
  const flaggedOutlinesVisible = zoomLevel >= FLAGGED_OUTLINE_MIN_ZOOM;
  const flaggedOutlines = useMemo(() => {
    if (!plots || !analysisPlots || !shown || !flaggedOutlinesVisible) return null;
    const { flags, groupIndex } = analysisPlots;
    const removal = rowsWhere(plots.plotCount, (p) => shown[p] === 1 && (flags[p] & FLAG_BIT['removal-candidate']) !== 0);
    const grouped = rowsWhere(plots.plotCount, (p) => shown[p] === 1 && groupIndex[p] >= 0);
    return { removal: ringPathsOfRows(plots.geometry, removal), grouped: ringPathsOfRows(plots.geometry, grouped) };
  }, [plots, analysisPlots, shown, flaggedOutlinesVisible]);
  const viewOutlines = useMemo(() => {
    if (!plots || !viewBounds || !shown) return null;
    const [west, south, east, north] = viewBounds;
    const b = plots.geometry.bounds;
    const rows = rowsWhere(plots.plotCount, (p) => shown[p] === 1 && b[4 * p] <= east && b[4 * p + 2] >= west && b[4 * p + 1] <= north && b[4 * p + 3] >= south);
    return rows.length <= OUTLINE_MAX_PLOTS ? ringPathsOfRows(plots.geometry, rows) : null;
  }, [plots, viewBounds, shown]);
  const selectedPaths = useMemo(
    () => (plots && selectedRow >= 0 && selectedRow < plots.plotCount ? ringPathsOfRows(plots.geometry, [selectedRow]) : null),
    [plots, selectedRow],
  );
  const subparkLabels = useMemo<Label[]>(
    () => (subparks ? subparks.subparks.map((s) => ({ text: language === 'zh' ? s.name : s.nameEn, lonLat: s.labelLonLat })) : []),
    [subparks, language],
  );

  return useMemo(() => {
    const layers: Layer[] = [];
    if (plots && plotData && vertexColors && vertexFilter) {
      layers.push(plotFillLayer({ data: plotData, vertexColors, vertexFilter, vertexElevations, beforeId: subparkLayersReady ? SUBPARK_LINE_LAYER : undefined }));
      markPlotsLayerReady();
      if (viewOutlines) layers.push(outlineLayer({ id: 'view-outlines', paths: viewOutlines, geometry: plots.geometry, color: [70, 70, 70, 200], widthPixels: 1 }));
      // Outlines only where they help: removal candidates and consolidation groups once zoomed in a little.
      if (flaggedOutlines) {
        layers.push(outlineLayer({ id: 'group-outlines', paths: flaggedOutlines.grouped, geometry: plots.geometry, color: [33, 102, 172, 255], widthPixels: 2 }));
        layers.push(outlineLayer({ id: 'removal-outlines', paths: flaggedOutlines.removal, geometry: plots.geometry, color: [215, 25, 28, 255], widthPixels: 2 }));
      }
      if (selectedPaths) layers.push(outlineLayer({ id: 'selection', paths: selectedPaths, geometry: plots.geometry, color: [0, 200, 255, 255], widthPixels: 4 }));
    } else {
      layers.push(plotFillLayer({ data: WARMUP_DATA, vertexColors: WARMUP_COLORS, vertexFilter: WARMUP_FILTER, vertexElevations: null }));
    }
    if (districts) layers.push(labelLayer({ id: 'district-labels', labels: districts, sizePixels: 13, color: [110, 104, 96, 255], visible: zoomLevel < 12 }));
    layers.push(labelLayer({ id: 'subpark-labels', labels: subparkLabels, sizePixels: 14, color: [20, 60, 110, 255], visible: zoomLevel >= 10 && zoomLevel < 15, weight: 700 }));
    return layers;
  }, [plots, plotData, vertexColors, vertexFilter, vertexElevations, subparkLayersReady, viewOutlines, flaggedOutlines, selectedPaths, districts, subparkLabels, zoomLevel]);
}
