import { useEffect, useRef } from 'react';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { PickingInfo } from '@deck.gl/core';
import { addSubparkLayers, landUrlOf, offlineBasemapStyle } from './basemapStyle.ts';
import { setMapInstance } from './mapInstance.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useCursorStore } from '../stores/cursorStore.ts';
import { useUiStore, selectRow } from '../stores/uiStore.ts';
import { useDeckLayers } from '../layers/useDeckLayers.ts';
import { PLOT_LAYER_ID } from '../layers/plotFillLayer.ts';
import type { AppConfig } from '../config/appConfig.ts';
import { markFrame, markMapLoaded } from '../app/perfMarks.ts';
import { ZONE_BOUNDS } from './zoneBounds.ts';


export interface MapViewProps {
  config: AppConfig;
  initialCamera: { center: [number, number]; zoom: number; pitch: number; bearing: number } | null;
}

function onDeckHover(info: PickingInfo): void {
  const hover = info.layer?.id === PLOT_LAYER_ID && info.index >= 0 ? { row: info.index, x: info.x, y: info.y } : null;
  const prev = useCursorStore.getState().hover;
  if (prev?.row !== hover?.row || prev?.x !== hover?.x) useCursorStore.setState({ hover });
}

function onDeckClick(info: PickingInfo): void {
  const row = info.layer?.id === PLOT_LAYER_ID && info.index >= 0 ? info.index : -1;
  useUiStore.setState((s) => selectRow(s, row));
}

/**
 * MapLibre (basemap, sub-park outlines) with deck.gl interleaved into its WebGL context
 * (@deck.gl/mapbox, maplibre-gl 5.24 — interleaving needs map.transform, which 6.x removed).
 */
export function MapView({ config, initialCamera }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const subparks = useDataStore((s) => s.subparks);
  const layers = useDeckLayers();

  useEffect(() => {
    if (!containerRef.current) return;
    const style = config.basemapUrl ?? offlineBasemapStyle(config.districtsUrl, landUrlOf(config.districtsUrl));
    const map = new maplibregl.Map({
      container: containerRef.current,
      style,
      ...(initialCamera ? { center: initialCamera.center, zoom: initialCamera.zoom, pitch: initialCamera.pitch, bearing: initialCamera.bearing } : { bounds: ZONE_BOUNDS }),
      attributionControl: false,
      maxPitch: 70,
      // No MSAA: on software renderers it multiplies the cost of every frame; plots are axis-free polygons that read fine without it.
      canvasContextAttributes: { antialias: false, preserveDrawingBuffer: false },
      fadeDuration: 0,
    });
    map.addControl(new maplibregl.NavigationControl({ visualizePitch: true, showCompass: true }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ maxWidth: 120, unit: 'metric' }), 'bottom-right');
    const overlay = new MapboxOverlay({
      interleaved: true,
      layers: [],
      onHover: onDeckHover,
      onClick: onDeckClick,
      onAfterRender: markFrame,
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    map.addControl(overlay);
    const readCamera = () => useCursorStore.setState({ bearingDegrees: map.getBearing(), pitchDegrees: map.getPitch(), zoom: map.getZoom() });
    map.on('move', readCamera);
    map.once('load', markMapLoaded);
    const readBounds = () => useCursorStore.setState({ viewBounds: map.getBounds().toArray().flat() as [number, number, number, number] });
    map.on('moveend', readBounds);
    map.once('load', readBounds);
    map.on('mousemove', (e) => useCursorStore.setState({ lonLat: [e.lngLat.lng, e.lngLat.lat] }));
    map.on('mouseout', () => useCursorStore.setState({ lonLat: null, hover: null }));
    mapRef.current = map;
    overlayRef.current = overlay;
    setMapInstance(map);
    readCamera();
    return () => {
      setMapInstance(null);
      map.remove();
      mapRef.current = null;
      overlayRef.current = null;
    };
    // The map is created once; camera and config come from the link at start.
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !subparks) return;
    // The style may still be loading (its GeoJSON sources fetch in MapLibre's worker): retry on
    // style events and when the map is idle until the layers are in.
    const add = () => {
      if (!map.isStyleLoaded()) return false;
      addSubparkLayers(map, subparks.geojson);
      useCursorStore.setState({ subparkLayersReady: true });
      return true;
    };
    if (add()) return;
    const onStyleEvent = () => {
      if (!add()) return;
      map.off('styledata', onStyleEvent);
      map.off('idle', onStyleEvent);
    };
    map.on('styledata', onStyleEvent);
    map.on('idle', onStyleEvent);
    return () => {
      map.off('styledata', onStyleEvent);
      map.off('idle', onStyleEvent);
    };
  }, [subparks]);

  useEffect(() => {
    overlayRef.current?.setProps({ layers });
  }, [layers]);

  return <div ref={containerRef} className="map" data-testid="map" />;
}
