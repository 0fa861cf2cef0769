import { COORDINATE_SYSTEM } from '@deck.gl/core';
import { SolidPolygonLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { PlotGeometry } from '../worker/plotGeometry.ts';

export const PLOT_LAYER_ID = 'plots';

/** Binary data for the plot layer; created once per load so deck.gl never re-tessellates. */
export interface PlotLayerData {
  length: number;
  startIndices: Uint32Array;
  attributes: {
    getPolygon: { value: Float32Array; size: 2 };
    indices: { value: Uint32Array };
    rowIndexes: { value: Uint32Array; size: 1 };
    /** 0 at the last vertex of every ring, so no side wall joins one ring to the next in 3D. */
    instanceVertexValid: { value: Uint16Array; size: 1 };
  };
  geometry: PlotGeometry;
}

export function plotLayerDataOf(geometry: PlotGeometry): PlotLayerData {
  const rowIndexes = new Uint32Array(geometry.positions.length / 2);
  for (let p = 0; p < geometry.count; p++) rowIndexes.fill(p, geometry.vertexStarts[p], geometry.vertexStarts[p + 1]);
  // deck.gl's binary polygons know only where each plot starts; a plot with a hole or several parts
  // would get a stray extruded wall from the end of one ring to the start of the next.
  const vertexValid = new Uint16Array(geometry.positions.length / 2).fill(1);
  const { ringStarts } = geometry;
  for (let r = 1; r < ringStarts.length; r++) if (ringStarts[r] > 0) vertexValid[ringStarts[r] - 1] = 0;
  return {
    length: geometry.count,
    startIndices: geometry.vertexStarts,
    attributes: {
      getPolygon: { value: geometry.positions, size: 2 },
      indices: { value: geometry.triangleIndices },
      rowIndexes: { value: rowIndexes, size: 1 },
      instanceVertexValid: { value: vertexValid, size: 1 },
    },
    geometry,
  };
}

export interface PlotFillProps {
  data: PlotLayerData;
  /** Per-vertex RGBA. */
  vertexColors: Uint8Array;
  /** Per-vertex 1 shown / 0 hidden. */
  vertexFilter: Float32Array;
  /** Per-vertex elevation in metres, or null for flat. */
  vertexElevations: Float32Array | null;
  beforeId?: string;
}

/**
 * Two plot data objects are equal for deck.gl when they carry the same geometry and the same
 * extrusion. Switching extrusion rebuilds deck.gl's models and invalidates every attribute, and
 * external buffers are read again only when the data changes: with equal data the plots vanished.
 */
function sameGeometry<T>(newData: T, oldData?: T): boolean {
  const a = newData as { geometry?: unknown; extruded?: boolean };
  const b = oldData as { geometry?: unknown; extruded?: boolean } | undefined;
  return a.geometry === b?.geometry && a.extruded === b?.extruded;
}

const filterExtension = new DataFilterExtension({ filterSize: 1 });

/**
 * deck.gl re-uploads an external attribute unless it gets the very same descriptor object as last
 * time (Attribute.setExternalBuffer compares by reference): one descriptor per colour array, so a
 * layer rebuilt for another reason (a proposal's marks arriving) does not upload every plot's
 * colours again — at a million plots that was seconds of bufferSubData per edit.
 */
const colorDescriptors = new WeakMap<Uint8Array, { value: Uint8Array; size: 4; normalized: true }>();
function colorDescriptorOf(vertexColors: Uint8Array): { value: Uint8Array; size: 4; normalized: true } {
  let d = colorDescriptors.get(vertexColors);
  if (!d) colorDescriptors.set(vertexColors, (d = { value: vertexColors, size: 4, normalized: true }));
  return d;
}

/**
 * Every plot, filled. Colours, filter and elevation arrive as external per-vertex buffers keyed by
 * deck.gl's attribute names; the data object stays the same, so only the changed buffer is uploaded.
 */
export function plotFillLayer({ data, vertexColors, vertexFilter, vertexElevations, beforeId }: PlotFillProps) {
  const extruded = vertexElevations !== null;
  const [lon0, lat0] = data.geometry.originLonLat;
  return new SolidPolygonLayer({
    id: PLOT_LAYER_ID,
    // deck.gl reads external buffers from data.attributes by attribute name; a fresh object with the
    // same geometry keeps dataComparator equal, so no re-tessellation happens.
    data: { ...data, extruded, attributes: { ...data.attributes, fillColors: colorDescriptorOf(vertexColors), filterValues: vertexFilter, ...(extruded ? { elevations: vertexElevations } : {}) } },
    dataComparator: sameGeometry,
    _normalize: false,
    _windingOrder: 'CCW',
    coordinateSystem: COORDINATE_SYSTEM.LNGLAT_OFFSETS,
    coordinateOrigin: [lon0, lat0, 0],
    extruded,
    wireframe: false,
    filled: true,
    material: extruded ? { ambient: 0.45, diffuse: 0.6, shininess: 16, specularColor: [40, 40, 40] } : false,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90],
    extensions: [filterExtension],
    filterRange: [0.5, 1.5],
    updateTriggers: {
      getFillColor: vertexColors,
      getFilterValue: vertexFilter,
      getElevation: vertexElevations,
    },
    ...(beforeId ? { beforeId } : {}),
  });
}
