import type { FeatureSink } from './featureSink.ts';
import { ReadError } from './readError.ts';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The members of a FeatureCollection other than `features`, from its bytes with the features array
 * replaced by `[]`. Problems here do not stop the read (the features are what matter); they become
 * warnings.
 */
export function topLevelMembers(bytes: Uint8Array, sink: FeatureSink): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    sink.issue({
      index: -1,
      id: null,
      severity: 'warning',
      code: 'malformed-json',
      field: null,
      message: `The FeatureCollection's own members (outside "features") are not valid JSON and were ignored: ${
        error instanceof Error ? error.message.slice(0, 160) : String(error)
      }.`,
    });
    return {};
  }
  const members: Record<string, unknown> = isObject(parsed) ? { ...parsed } : {};
  delete members.features;
  if (members.type !== undefined && members.type !== 'FeatureCollection') {
    sink.issue({
      index: -1,
      id: null,
      severity: 'warning',
      code: 'not-feature-collection',
      field: 'type',
      message: `The top-level "type" is ${JSON.stringify(members.type)}, not "FeatureCollection"; its "features" were read anyway.`,
    });
  }
  return members;
}

/** The Feature of a file that holds one JSON object and no "features" array; ReadError otherwise. */
export function singleObjectFeature(bytes: Uint8Array): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split(', "')[0] : String(error);
    throw new ReadError('not-json', `it is not valid JSON (${reason.slice(0, 160)})`);
  }
  const type = isObject(parsed) ? parsed.type : undefined;
  if (type === 'Feature') return parsed;
  if (type === 'FeatureCollection') {
    throw new ReadError('not-geojson', 'it is a FeatureCollection without a "features" array');
  }
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) {
    throw new ReadError('not-geojson', `it is a bare ${type} geometry; plots must be Features with properties`);
  }
  throw new ReadError('not-geojson', 'it is JSON but not GeoJSON: no "features" array and not a Feature');
}
