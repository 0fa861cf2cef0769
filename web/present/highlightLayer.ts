import { PathLayer } from '@deck.gl/layers';

interface Ring {
  path: [number, number][];
}

function ringsOf(geometry: GeoJSON.Geometry | null): Ring[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates.map((r) => ({ path: r as [number, number][] }));
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flatMap((p) => p.map((r) => ({ path: r as [number, number][] })));
  return [];
}

/** The rings of one sub-park of the boundaries file. */
export function subparkRings(geojson: GeoJSON.FeatureCollection, subparkId: string): Ring[] {
  const feature = geojson.features.find((f) => (f.properties as { id?: unknown } | null)?.id === subparkId);
  return feature ? ringsOf(feature.geometry) : [];
}

/**
 * The slide's sub-park, outlined so it reads on a projector: a dark halo under a bright line, drawn
 * without depth test so extruded plots never hide it.
 */
export function highlightLayers(rings: Ring[]) {
  const common = { data: rings, getPath: (d: Ring) => d.path, widthUnits: 'pixels' as const, jointRounded: true, pickable: false, parameters: { depthCompare: 'always' as const } };
  return [
    new PathLayer<Ring>({ ...common, id: 'present-highlight-halo', getColor: [20, 30, 45, 200], getWidth: 7 }),
    new PathLayer<Ring>({ ...common, id: 'present-highlight', getColor: [255, 190, 0, 255], getWidth: 3.5 }),
  ];
}
