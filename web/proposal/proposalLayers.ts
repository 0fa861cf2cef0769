import { COORDINATE_SYSTEM, type Layer } from '@deck.gl/core';
import { GeoJsonLayer, PathLayer, ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import type { Proposal } from '../../src/index.ts';
import type { PlotGeometry } from '../worker/plotGeometry.ts';
import { ringPathsOfRows } from '../layers/outlineLayer.ts';
import { MARK_IN, MARK_OUT } from '../worker/proposalProtocol.ts';
import { DRAWN_FILL_RGBA, DRAWN_RGBA, IN_FILL_RGBA, IN_RGBA, OUT_FILL_RGBA, OUT_RGBA } from './proposalStyle.ts';

const DASH = new PathStyleExtension({ dash: true });

/** Rows with `mark`, ascending; `among`: the marked rows (the worker sends them), so only those are read. */
export function rowsWithMark(marks: Uint8Array, mark: number, among?: Uint32Array | null): Uint32Array {
  if (among) return among.filter((r) => marks[r] === mark);
  let n = 0;
  for (let i = 0; i < marks.length; i++) if (marks[i] === mark) n++;
  const rows = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < marks.length; i++) if (marks[i] === mark) rows[k++] = i;
  return rows;
}

/** Each marked plot's rings as polygons (offsets from the geometry origin): few plots, so plain arrays. */
function polygonsOfRows(geometry: PlotGeometry, rows: Uint32Array): [number, number][][] {
  const out: [number, number][][] = [];
  for (const p of rows) {
    const ring = geometry.plotRingStarts[p];
    const from = geometry.ringStarts[ring];
    const to = geometry.ringStarts[ring + 1];
    const outer: [number, number][] = [];
    for (let v = from; v < to; v++) outer.push([geometry.positions[2 * v], geometry.positions[2 * v + 1]]);
    out.push(outer);
  }
  return out;
}

interface MarkData {
  polygons: [number, number][][];
  paths: ReturnType<typeof ringPathsOfRows>;
}

/**
 * The out and in plots' polygons and outlines, once per marks array: an edit changes the document
 * before its evaluation arrives, and the layers built then must keep the same data (deck.gl
 * compares it by reference and would upload it again).
 */
const markDataCache = new WeakMap<Uint8Array, { geometry: PlotGeometry; out: MarkData; in: MarkData }>();
const NO_MARKS = new Uint8Array(0);
function markDataOf(geometry: PlotGeometry, marks: Uint8Array | null, among: Uint32Array | null): { out: MarkData; in: MarkData } {
  const key = marks && marks.length === geometry.plotRingStarts.length - 1 ? marks : NO_MARKS;
  const cached = markDataCache.get(key);
  if (cached?.geometry === geometry) return cached;
  const of = (mark: number): MarkData => {
    const rows = key.length ? rowsWithMark(key, mark, among) : new Uint32Array(0);
    return { polygons: polygonsOfRows(geometry, rows), paths: ringPathsOfRows(geometry, rows) };
  };
  const data = { geometry, out: of(MARK_OUT), in: of(MARK_IN) };
  markDataCache.set(key, data);
  return data;
}

/** Added land of a proposal as a FeatureCollection (features that are not polygons are left to the issues list). */
export function drawnLandOf(proposal: Proposal): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (const c of proposal.changes) {
    if (c.op !== 'add') continue;
    const f = c.feature as GeoJSON.Feature | null;
    if (f && typeof f === 'object' && f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')) features.push(f);
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The proposal on the map ("after" view): plots going out filled red with a dashed red outline,
 * plots coming in filled green with a solid outline, drawn land blue with a dashed outline.
 */
export function proposalLayers(geometry: PlotGeometry, marks: Uint8Array | null, markedRows: Uint32Array | null, drawn: GeoJSON.FeatureCollection, beforeId?: string): Layer[] {
  const layers: Layer[] = [];
  const [lon0, lat0] = geometry.originLonLat;
  const under = beforeId ? { beforeId } : {};
  const common = { ...under, coordinateSystem: COORDINATE_SYSTEM.LNGLAT_OFFSETS, coordinateOrigin: [lon0, lat0, 0] as [number, number, number], pickable: false, parameters: { depthCompare: 'always' as const } };
  // Every layer is there from the moment the proposal opens, empty until it has marks: a layer's
  // first appearance compiles its shaders, a long main-thread task that must not fall on an edit.
  const data = markDataOf(geometry, marks, markedRows);
  for (const [mark, line, fill, dashed] of [[MARK_OUT, OUT_RGBA, OUT_FILL_RGBA, true], [MARK_IN, IN_RGBA, IN_FILL_RGBA, false]] as const) {
    const id = mark === MARK_OUT ? 'proposal-out' : 'proposal-in';
    const { polygons, paths } = mark === MARK_OUT ? data.out : data.in;
    layers.push(new SolidPolygonLayer({ id: `${id}-fill`, data: polygons, getPolygon: (d: [number, number][]) => d, getFillColor: fill, ...common }));
    layers.push(
      new PathLayer({
        id: `${id}-line`,
        data: paths,
        _pathType: 'open',
        getColor: line,
        getWidth: 3,
        widthUnits: 'pixels',
        widthMinPixels: 2,
        ...(dashed ? { extensions: [DASH], getDashArray: [3, 2], dashJustified: true } : {}),
        ...common,
      }),
    );
  }
  layers.push(markerLayer(geometry, marks, markedRows, drawn, beforeId));
  layers.push(
    new GeoJsonLayer({
      id: 'proposal-drawn',
      ...under,
      data: drawn,
      filled: true,
      stroked: true,
      getFillColor: DRAWN_FILL_RGBA,
      getLineColor: DRAWN_RGBA,
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
      lineWidthMinPixels: 2,
      extensions: [DASH],
      getDashArray: [4, 3],
      pickable: false,
      parameters: { depthCompare: 'always' },
    }),
  );
  return layers;
}

interface Marker {
  position: [number, number];
  color: [number, number, number, number];
}

/**
 * A dot on each plot the proposal touches, a few pixels across at every zoom: at the zoom of a
 * whole sub-park the plots themselves are a pixel or two, and the planner must still see where
 * the changes are.
 */
function markerLayer(geometry: PlotGeometry, marks: Uint8Array | null, markedRows: Uint32Array | null, drawn: GeoJSON.FeatureCollection, beforeId?: string) {
  const markers: Marker[] = [];
  const b = geometry.bounds;
  if (marks && marks.length === geometry.plotRingStarts.length - 1) {
    const visit = (p: number) => {
      if (marks[p] === MARK_OUT || marks[p] === MARK_IN) {
        markers.push({ position: [(b[4 * p] + b[4 * p + 2]) / 2, (b[4 * p + 1] + b[4 * p + 3]) / 2], color: marks[p] === MARK_OUT ? OUT_RGBA : IN_RGBA });
      }
    };
    if (markedRows) markedRows.forEach(visit);
    else for (let p = 0; p < marks.length; p++) visit(p);
  }
  for (const f of drawn.features) {
    const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates[0][0] : null;
    if (!ring?.length) continue;
    const lons = ring.map((c) => c[0]);
    const lats = ring.map((c) => c[1]);
    markers.push({ position: [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2], color: DRAWN_RGBA });
  }
  return new ScatterplotLayer<Marker>({
    id: 'proposal-markers',
    ...(beforeId ? { beforeId } : {}),
    data: markers,
    getPosition: (d) => d.position,
    getFillColor: (d) => d.color,
    getLineColor: [255, 255, 255, 255],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 2,
    radiusUnits: 'pixels',
    getRadius: 6,
    pickable: false,
    parameters: { depthCompare: 'always' },
  });
}
