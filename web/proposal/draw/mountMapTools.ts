import type maplibregl from 'maplibre-gl';
import type { Feature, Polygon } from 'geojson';
import {
  TerraDraw,
  TerraDrawFreehandMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  ValidateNotSelfIntersecting,
  type GeoJSONStoreFeatures,
  type SnappableContext,
  type TerraDrawMouseEvent,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import {
  defaultLandUseTable,
  drawnLandRefusal,
  plotRowsNearBox,
  plotShapesOfRows,
  roundedLonLat,
  snappedAmong,
  polygonEdgeIndex,
  SNAP_DECIMALS,
  type PlotEdgeIndex,
} from '../../../src/index.ts';
import { refusalMessage, selfIntersectingRefusal, type DrawRefusal } from './refusalMessage.ts';
import { setMapToolActive } from './toolActivity.ts';

export type MapToolMode = 'draw' | 'box' | 'lasso' | 'off';

export interface MapToolOptions {
  /** Built once per loaded plots table: plotEdgeIndex(loadResult.geometry). */
  plotEdges: PlotEdgeIndex;
  /** A drawn polygon that passed every check, snapped and rounded; properties are empty. */
  onDrawnFeature(f: Feature<Polygon>): void;
  onDrawRefused(reason: DrawRefusal): void;
  /** The box or lasso ring (lon/lat, closed); plotIndexesInPolygon(plotEdges, ring) gives the rows. */
  onAreaSelected(ring: [number, number][], mode: 'box' | 'lasso'): void;
  /** Land this proposal adds already: a new drawing overlapping it is refused, as propose would. */
  drawnLand?(): readonly Polygon[];
  /** A label for a plot row in messages (its id, where the caller has ids; it may ask the worker). */
  plotLabelOf?(row: number): string | null | Promise<string | null>;
  /** Snap radius in screen pixels (default 10). */
  snapPixels?: number;
  /** Smallest new land accepted, m² (default 20): a stray double click makes slivers. */
  minAreaM2?: number;
}

export interface MapTools {
  setMode(m: MapToolMode): void;
  destroy(): void;
}

const TERRA_MODE: Record<Exclude<MapToolMode, 'off'>, string> = { draw: 'polygon', box: 'rectangle', lasso: 'freehand' };
/**
 * The lowest of terra-draw's layers in the style while the tools are mounted. terra-draw cannot
 * order its layers (issue 394), and deck's MapboxOverlay moves every deck layer without a
 * `beforeId` to the top on each style change, above the handles: a deck layer that may lie under
 * a drawing (proposal marks, outlines) takes `beforeId: MAP_TOOL_BOTTOM_LAYER_ID` while they are.
 * Moving terra-draw's layers up instead starts a loop with deck, which moves its own back.
 */
export const MAP_TOOL_BOTTOM_LAYER_ID = 'td-polygon';
const DRAW_COLOUR = '#ea580c';
const SELECT_COLOUR = '#2563eb';

/** Metres per screen pixel at the pointer, from the map's own projection. */
function metresPerPixel(event: TerraDrawMouseEvent, context: SnappableContext): number {
  const other = context.unproject(event.containerX + 1, event.containerY);
  const dLon = (other.lng - event.lng) * 111_320 * Math.cos((event.lat * Math.PI) / 180);
  const dLat = (other.lat - event.lat) * 110_574;
  return Math.hypot(dLon, dLat);
}

function roundedRing(ring: number[][]): [number, number][] {
  return ring.map(([lon, lat]) => roundedLonLat(lon, lat));
}

/**
 * Drawing and selection tools on the map, by terra-draw with its MapLibre adapter: a polygon mode
 * for new land (snapping to plot vertices and edges through the Flatbush index, never through
 * terra-draw's own store, which would hold thousands of plots), a rectangle for box selection and
 * freehand for the lasso. A finished shape leaves terra-draw's store at once: the caller owns it.
 * New land is checked as `propose` checks an add change (drawnLandRefusal) before it is handed on.
 */
export function mountMapTools(map: maplibregl.Map, opts: MapToolOptions): MapTools {
  const landUse = defaultLandUseTable();
  const snapPixels = opts.snapPixels ?? 10;
  const minAreaM2 = opts.minAreaM2 ?? 20;
  // The land the proposal has drawn already snaps like the plots (its index rebuilt when it changes).
  let drawn: { polygons: readonly Polygon[]; index: PlotEdgeIndex } | null = null;
  const drawnIndex = (): PlotEdgeIndex | null => {
    const polygons = opts.drawnLand?.() ?? [];
    if (!polygons.length) return null;
    const same = drawn && drawn.polygons.length === polygons.length && drawn.polygons.every((p, i) => p === polygons[i]);
    if (!same) drawn = { polygons, index: polygonEdgeIndex(polygons) };
    return drawn!.index;
  };
  const toCustom = (event: TerraDrawMouseEvent, context: SnappableContext) => {
    const other = drawnIndex();
    const s = snappedAmong(other ? [opts.plotEdges, other] : [opts.plotEdges], [event.lng, event.lat], snapPixels * metresPerPixel(event, context));
    return s ? s.lonLat : undefined;
  };
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: SNAP_DECIMALS }),
    modes: [
      new TerraDrawPolygonMode({
        snapping: { toCustom },
        validation: (feature, context) => {
          if (String(context.updateType) !== 'finish') return { valid: true };
          const result = ValidateNotSelfIntersecting(feature);
          // terra-draw keeps the polygon open when its closing is refused: say why.
          if (!result.valid) opts.onDrawRefused(selfIntersectingRefusal());
          return result;
        },
        styles: { fillColor: DRAW_COLOUR, fillOpacity: 0.25, outlineColor: DRAW_COLOUR, outlineWidth: 2, closingPointColor: '#ffffff', closingPointOutlineColor: DRAW_COLOUR, snappingPointColor: '#facc15', snappingPointOutlineColor: '#1f2937' },
      }),
      new TerraDrawRectangleMode({ drawInteraction: 'click-move-or-drag', styles: { fillColor: SELECT_COLOUR, fillOpacity: 0.12, outlineColor: SELECT_COLOUR, outlineWidth: 2 } }),
      new TerraDrawFreehandMode({ drawInteraction: 'click-move-or-drag', styles: { fillColor: SELECT_COLOUR, fillOpacity: 0.12, outlineColor: SELECT_COLOUR, outlineWidth: 2 } }),
    ],
  });

  const finished = (feature: GeoJSONStoreFeatures, mode: string) => {
    if (feature.geometry.type !== 'Polygon') return;
    const ring = roundedRing(feature.geometry.coordinates[0]);
    if (mode === 'rectangle' || mode === 'freehand') {
      opts.onAreaSelected(ring, mode === 'rectangle' ? 'box' : 'lasso');
      return;
    }
    const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
    const lons = ring.map((p) => p[0]), lats = ring.map((p) => p[1]);
    const rows = plotRowsNearBox(opts.plotEdges, Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats));
    const refusal = drawnLandRefusal(geometry, plotShapesOfRows(opts.plotEdges.rings, rows), landUse, { minAreaM2, otherLand: opts.drawnLand?.() ?? [] });
    if (refusal) {
      const label = refusal.code === 'overlap' ? (opts.plotLabelOf?.(rows[refusal.row]) ?? null) : null;
      void Promise.resolve(label).then((l) => opts.onDrawRefused(refusalMessage(refusal, l)));
      return;
    }
    opts.onDrawnFeature({ type: 'Feature', properties: {}, geometry });
  };
  draw.on('finish', (id, context) => {
    const feature = draw.getSnapshotFeature(id);
    draw.removeFeatures([id]);
    if (feature) finished(feature, context.mode);
  });

  let started = false;
  let destroyed = false;
  let pending: MapToolMode = 'off';
  const apply = (m: MapToolMode) => {
    setMapToolActive(m !== 'off');
    draw.setMode(m === 'off' ? 'static' : TERRA_MODE[m]);
  };
  // The adapter adds its sources and layers to the style, so it needs the style loaded; a map
  // updating a source reports isStyleLoaded() false for a moment after 'load', hence the retries.
  const tryStart = () => {
    if (started || destroyed || !map.isStyleLoaded()) return;
    map.off('styledata', tryStart);
    map.off('idle', tryStart);
    draw.start();
    started = true;
    apply(pending);
  };
  map.on('styledata', tryStart);
  map.on('idle', tryStart);
  tryStart();

  return {
    setMode(m) {
      pending = m;
      if (started) apply(m);
    },
    destroy() {
      destroyed = true;
      map.off('styledata', tryStart);
      map.off('idle', tryStart);
      setMapToolActive(false);
      if (started) draw.stop();
    },
  };
}
