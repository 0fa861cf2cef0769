import { useEffect, useMemo, useRef, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import { FLAG_BIT, type Proposal } from '../../src/index.ts';
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
import { mercatorPixels, placeLabels, type LabelCandidate } from './labelPlacement.ts';
import { mapInstance } from '../map/mapInstance.ts';
import { markPlotsLayerReady } from '../app/perfMarks.ts';
import { WARMUP_COLORS, WARMUP_FILTER, WARMUP_GEOMETRY } from './warmupGeometry.ts';
import { useQualityStore } from '../stores/qualityStore.ts';
import { qualityLayer, qualityPathsOf } from './qualityLayer.ts';
import { currentProposal, useProposalStore } from '../proposal/proposalStore.ts';
import { drawnLandOf, proposalLayers } from '../proposal/proposalLayers.ts';
import { TOOL_BOTTOM_LAYER_ID } from '../proposal/proposalStyle.ts';
import { usePresenting } from '../present/usePresenting.ts';

const WARMUP_DATA = plotLayerDataOf(WARMUP_GEOMETRY);

/** Every shown plot gets an outline from this zoom on, when few enough are in view. */
const OUTLINE_MIN_ZOOM = 15;
const OUTLINE_MAX_PLOTS = 6000;
const DISTRICT_LABEL_SIZE = 13;
const DISTRICT_LABEL_MAX_ZOOM = 12;
const SUBPARK_LABEL_SIZE = 14;
const SUBPARK_LABEL_MIN_ZOOM = 10;
const SUBPARK_LABEL_MAX_ZOOM = 15;
/** Removal candidates and consolidation groups are outlined from this zoom on (computed only then). */
const FLAGGED_OUTLINE_MIN_ZOOM = 11;

function rowsWhere(count: number, test: (p: number) => boolean): Uint32Array {
  const rows: number[] = [];
  for (let p = 0; p < count; p++) if (test(p)) rows.push(p);
  return Uint32Array.from(rows);
}

/** The proposal's drawn land, the same object while its add changes are the same ones; null without a proposal. */
function useStableDrawnLand(proposal: Proposal | null): GeoJSON.FeatureCollection | null {
  const last = useRef<GeoJSON.FeatureCollection | null>(null);
  if (!proposal) return (last.current = null);
  const next = drawnLandOf(proposal);
  const prev = last.current;
  const same = prev !== null && prev.features.length === next.features.length && prev.features.every((f, i) => f === next.features[i]);
  if (!same) last.current = next;
  return last.current;
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
  // Proposal mode's marks (after view): from the worker's latest evaluation, one byte per plot.
  const proposalMarks = useProposalStore((s) => (s.open && s.view === 'after' ? s.evaluation?.marks ?? null : null));
  const proposalMarkedRows = useProposalStore((s) => (s.open && s.view === 'after' ? s.evaluation?.markedRows ?? null : null));
  const proposalDoc = useProposalStore((s) => (s.open && s.view === 'after' ? currentProposal(s) : null));
  const [districtCollection, setDistrictCollection] = useState<GeoJSON.FeatureCollection | null>(null);
  // Label placement is redone when the camera has changed enough to move labels into each other.
  const placementZoom = useCursorStore((s) => Math.floor(s.zoom * 4) / 4);
  const placementTilt = useCursorStore((s) => `${Math.round(s.pitchDegrees / 5)}/${Math.round(s.bearingDegrees / 5)}`);
  const placementBounds = useCursorStore((s) => s.viewBounds);

  useEffect(() => {
    void fetchDistrictLabels().then(setDistrictCollection);
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
  // Like the flagged outlines, from zoom 11 and only for the plots in view: a stacked dataset can
  // name most of a million plots, and outlines are what software renderers draw slowest.
  const presenting = usePresenting();
  const qualityMask = useQualityStore((s) => (s.layerVisible && !presenting ? s.quality?.rowMask ?? null : null));
  const qualityBounds = useCursorStore((s) => (s.zoom >= FLAGGED_OUTLINE_MIN_ZOOM ? s.viewBounds : null));
  const qualityPaths = useMemo(
    () =>
      plots && shown && qualityMask && qualityBounds && qualityMask.length === plots.plotCount
        ? qualityPathsOf(plots.geometry, qualityMask, shown, qualityBounds)
        : null,
    [plots, shown, qualityMask, qualityBounds],
  );
  const selectedPaths = useMemo(
    () => (plots && selectedRow >= 0 && selectedRow < plots.plotCount ? ringPathsOfRows(plots.geometry, [selectedRow]) : null),
    [plots, selectedRow],
  );
  // The drawn land changes only with add changes: a plot toggled must not rebuild the layers (and
  // redraw the map) before its evaluation arrives with the new marks.
  const proposalDrawn = useStableDrawnLand(proposalDoc);
  // While a drawing tool is in use the marks go under its handles (terra-draw cannot order its layers).
  const proposalToolActive = useProposalStore((s) => s.open && s.tool !== 'click');
  const proposalOverlay = useMemo(() => {
    if (!plots || !proposalDrawn) return null;
    const beforeId = proposalToolActive && mapInstance()?.getLayer(TOOL_BOTTOM_LAYER_ID) ? TOOL_BOTTOM_LAYER_ID : undefined;
    return proposalLayers(plots.geometry, proposalMarks, proposalMarkedRows, proposalDrawn, beforeId);
  }, [plots, proposalMarks, proposalMarkedRows, proposalDrawn, proposalToolActive]);
  const subparkLabels = useMemo<Label[]>(
    () => (subparks ? subparks.subparks.map((s) => ({ text: language === 'zh' ? s.name : s.nameEn, lonLat: s.labelLonLat })) : []),
    [subparks, language],
  );
  // District names sit on open land, clear of the sub-parks (whose plots would cover them).
  const districts = useMemo(
    () => (districtCollection ? districtLabelsOf(districtCollection, language, subparks?.subparks.map((s) => s.bounds) ?? []) : null),
    [districtCollection, language, subparks],
  );
  const districtsVisible = zoomLevel < DISTRICT_LABEL_MAX_ZOOM;
  const subparkLabelsVisible = zoomLevel >= SUBPARK_LABEL_MIN_ZOOM && zoomLevel < SUBPARK_LABEL_MAX_ZOOM;
  // Collision handling: sub-park names first (larger sub-parks first), then districts by area; a
  // label that would overlap one already placed is hidden.
  const placedLabels = useMemo(() => {
    const candidates: LabelCandidate[] = [];
    const kinds: ('subpark' | 'district')[] = [];
    const sources: Label[] = [];
    if (subparkLabelsVisible && subparks) {
      subparks.subparks.forEach((s, i) => {
        const [w, so, e, n] = s.bounds;
        candidates.push({ text: subparkLabels[i].text, lonLat: subparkLabels[i].lonLat, sizePixels: SUBPARK_LABEL_SIZE, priority: 1e6 + (e - w) * (n - so) * 1e3 });
        kinds.push('subpark');
        sources.push(subparkLabels[i]);
      });
    }
    if (districtsVisible && districts) {
      for (const d of districts) {
        candidates.push({ text: d.text, lonLat: d.lonLat, sizePixels: DISTRICT_LABEL_SIZE, priority: d.area });
        kinds.push('district');
        sources.push(d);
      }
    }
    const map = mapInstance();
    const project = map
      ? (ll: [number, number]): [number, number] | null => {
          const p = map.project(ll);
          return Number.isFinite(p.x) && Number.isFinite(p.y) ? [p.x, p.y] : null;
        }
      : mercatorPixels(placementZoom);
    const canvas = map?.getCanvas();
    const viewport: [number, number] | undefined = canvas && canvas.clientWidth > 0 ? [canvas.clientWidth, canvas.clientHeight] : undefined;
    const shown = placeLabels(candidates, project, 4, viewport);
    return {
      subparks: sources.filter((_, i) => kinds[i] === 'subpark' && shown.has(i)),
      districts: sources.filter((_, i) => kinds[i] === 'district' && shown.has(i)),
    };
    // Re-placed when the camera moves enough (zoom by a quarter level, tilt or turn by 5°, a pan ends).
  }, [subparks, subparkLabels, districts, districtsVisible, subparkLabelsVisible, placementZoom, placementTilt, placementBounds]);

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
      if (qualityPaths && qualityPaths.length > 0) layers.push(qualityLayer(qualityPaths, plots.geometry));
      if (proposalOverlay) layers.push(...proposalOverlay);
      if (selectedPaths) layers.push(outlineLayer({ id: 'selection', paths: selectedPaths, geometry: plots.geometry, color: [0, 200, 255, 255], widthPixels: 4 }));
    } else {
      layers.push(plotFillLayer({ data: WARMUP_DATA, vertexColors: WARMUP_COLORS, vertexFilter: WARMUP_FILTER, vertexElevations: null }));
    }
    // A text layer with no text makes an empty glyph atlas (a WebGL error): hidden layers keep every label.
    const showDistricts = districtsVisible && placedLabels.districts.length > 0;
    const showSubparks = subparkLabelsVisible && placedLabels.subparks.length > 0;
    if (districts?.length) {
      layers.push(labelLayer({ id: 'district-labels', labels: showDistricts ? placedLabels.districts : districts, sizePixels: DISTRICT_LABEL_SIZE, color: [84, 78, 70, 255], visible: showDistricts }));
    }
    if (subparkLabels.length) {
      layers.push(labelLayer({ id: 'subpark-labels', labels: showSubparks ? placedLabels.subparks : subparkLabels, sizePixels: SUBPARK_LABEL_SIZE, color: [20, 60, 110, 255], visible: showSubparks, weight: 700 }));
    }
    return layers;
  }, [plots, plotData, vertexColors, vertexFilter, vertexElevations, subparkLayersReady, viewOutlines, flaggedOutlines, qualityPaths, proposalOverlay, selectedPaths, districts, subparkLabels, placedLabels, districtsVisible, subparkLabelsVisible]);
}
