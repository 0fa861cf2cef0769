import maplibregl from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { PickingInfo } from '@deck.gl/core';
import { useCursorStore } from '../stores/cursorStore.ts';
import { useUiStore, selectRow } from '../stores/uiStore.ts';
import { PLOT_LAYER_ID } from '../layers/plotFillLayer.ts';
import { markFrame, markMapLoaded } from '../app/perfMarks.ts';
import { ZONE_BOUNDS } from './zoneBounds.ts';
import { plotClickTaken } from './plotClickRoute.ts';
import { PROJECTOR_LIGHTING } from '../present/lighting.ts';
import { isMapToolActive, onMapToolActiveChange } from '../proposal/draw/toolActivity.ts';

export interface Camera {
  center: [number, number];
  zoom: number;
  pitch: number;
  bearing: number;
}

function onDeckHover(info: PickingInfo): void {
  // A drawing or selection tool has the pointer (web/proposal/draw): no plot hover under it.
  if (isMapToolActive()) return;
  const hover = info.layer?.id === PLOT_LAYER_ID && info.index >= 0 ? { row: info.index, x: info.x, y: info.y } : null;
  const prev = useCursorStore.getState().hover;
  if (prev?.row !== hover?.row || prev?.x !== hover?.x) useCursorStore.setState({ hover });
}

function onPlotClick(info: PickingInfo | null): void {
  const row = info?.layer?.id === PLOT_LAYER_ID && info.index >= 0 ? info.index : -1;
  if (plotClickTaken(row)) return;
  useUiStore.setState((s) => selectRow(s, row));
  useCursorStore.setState({ hover: null });
}

/**
 * MapLibre (basemap, sub-park outlines) with deck.gl interleaved into its WebGL context
 * (@deck.gl/mapbox, maplibre-gl 5.24 — interleaving needs map.transform, which 6.x removed).
 * Camera and pointer readouts go to the cursor store.
 */
export function createMap(container: HTMLElement, style: maplibregl.StyleSpecification | string, camera: Camera | null): { map: maplibregl.Map; overlay: MapboxOverlay } {
  const map = new maplibregl.Map({
    container,
    style,
    ...(camera ? { center: camera.center, zoom: camera.zoom, pitch: camera.pitch, bearing: camera.bearing } : { bounds: ZONE_BOUNDS }),
    attributionControl: false,
    maxPitch: 70,
    // No MSAA: on software renderers it doubled the cost of every frame.
    canvasContextAttributes: { antialias: false, preserveDrawingBuffer: false },
    fadeDuration: 0,
  });
  map.addControl(new maplibregl.NavigationControl({ visualizePitch: true, showCompass: true }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ maxWidth: 120, unit: 'metric' }), 'bottom-right');
  const overlay = new MapboxOverlay({
    interleaved: true,
    layers: [],
    effects: [PROJECTOR_LIGHTING],
    onHover: onDeckHover,
    onAfterRender: markFrame,
    // deck sets the cursor every frame; while a map tool is active the cursor is terra-draw's to set.
    getCursor: ({ isHovering }) => (isMapToolActive() ? map.getCanvas().style.cursor : isHovering ? 'pointer' : 'grab'),
  });
  map.addControl(overlay);
  // deck's `_pickable: false` skips its picking pass: none is wanted under a drawing tool.
  const stopToolWatch = onMapToolActiveChange((active) => {
    overlay.setProps({ _pickable: !active });
    if (active) useCursorStore.setState({ hover: null });
  });
  map.once('remove', stopToolWatch);
  const readCamera = () => useCursorStore.setState({ bearingDegrees: map.getBearing(), pitchDegrees: map.getPitch(), zoom: map.getZoom() });
  const readBounds = () => useCursorStore.setState({ viewBounds: map.getBounds().toArray().flat() as [number, number, number, number] });
  map.on('move', readCamera);
  map.on('moveend', readBounds);
  map.once('load', () => {
    markMapLoaded();
    readBounds();
  });
  // Clicks are picked on MapLibre's click event rather than deck.gl's tap gesture: the gesture gives
  // up when the button is down longer than ~250 ms, which one slow frame causes (software WebGL in
  // 3D, a machine without a GPU), and the planner's click was then lost without a word.
  map.on('click', (e) => {
    if (!isMapToolActive()) onPlotClick(overlay.pickObject({ x: e.point.x, y: e.point.y, radius: 1 }));
  });
  map.on('mousemove', (e) => useCursorStore.setState({ lonLat: [e.lngLat.lng, e.lngLat.lat] }));
  map.on('mouseout', () => useCursorStore.setState({ lonLat: null, hover: null }));
  readCamera();
  return { map, overlay };
}
