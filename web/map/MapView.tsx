import { useEffect, useRef, useState } from 'react';
import type maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { addSubparkLayers, landUrlOf, offlineBasemapStyle, SUBPARK_SOURCE } from './basemapStyle.ts';
import { setMapInstance } from './mapInstance.ts';
import { createMap, type Camera } from './createMap.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useCursorStore } from '../stores/cursorStore.ts';
import { useDeckLayers } from '../layers/useDeckLayers.ts';
import { usePresentLayers } from '../present/usePresentLayers.ts';
import { setDeckOverlay } from '../present/deckOverlay.ts';
import type { AppConfig } from '../config/appConfig.ts';

export interface MapViewProps {
  config: AppConfig;
  initialCamera: Camera | null;
}

/** The map: created once (after the configured basemap's style is known), fed layers from the stores. */
export function MapView({ config, initialCamera }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<{ map: maplibregl.Map; overlay: MapboxOverlay } | null>(null);
  const subparks = useDataStore((s) => s.subparks);
  const layers = useDeckLayers();
  const presentLayers = usePresentLayers();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let created: { map: maplibregl.Map; overlay: MapboxOverlay } | null = null;
    let cancelled = false;
    const create = (style: maplibregl.StyleSpecification | string) => {
      if (cancelled) return;
      created = createMap(container, style, initialCamera);
      setMapInstance(created.map);
      setDeckOverlay(created.overlay);
      setInstance(created);
    };
    const offline = () => offlineBasemapStyle(config.districtsUrl, landUrlOf(config.districtsUrl));
    if (config.basemapUrl) {
      const url = config.basemapUrl;
      // PMTiles support loads only for deployments that configure a basemap.
      void import('./pmtilesBasemap.ts')
        .then(({ configuredBasemapStyle }) => configuredBasemapStyle(url, config.districtsUrl))
        .then(create, (error: unknown) => {
          console.error('The configured basemap could not be read; using the offline map.', error);
          create(offline());
        });
    } else {
      create(offline());
    }
    return () => {
      cancelled = true;
      setMapInstance(null);
      setDeckOverlay(null);
      created?.map.remove();
    };
    // The map is created once; camera and config come from the link at start.
  }, []);

  useEffect(() => {
    const map = instance?.map;
    if (!map) return;
    if (!subparks) {
      // Other plots opened: the outlines of the old sub-parks no longer apply (the layers stay, as
      // the plot layer is drawn below them).
      (map.getSource(SUBPARK_SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: [] });
      return;
    }
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
  }, [instance, subparks]);

  useEffect(() => {
    instance?.overlay.setProps({ layers: presentLayers.length ? [...layers, ...presentLayers] : layers });
  }, [instance, layers, presentLayers]);

  return <div ref={containerRef} className="map" data-testid="map" />;
}
