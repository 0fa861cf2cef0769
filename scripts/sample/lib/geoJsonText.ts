/**
 * Compact GeoJSON text, one feature per line (git diffs and line-streaming readers behave), with the
 * properties in the data contract's order whatever order they were set in.
 */
import type { Feature } from 'geojson';

export const PLOT_KEY_ORDER = [
  'id', 'subparkId', 'landUse', 'name', 'enterprise', 'landAreaM2', 'landStatus',
  'agreedStartDate', 'actualStartDate', 'suspendedSince', 'developedShare', 'investedShare',
  'gfaAboveM2', 'gfaOtherM2', 'gfaAmenityM2', 'vacancyRate', 'heightM', 'evaluations', 'rectification',
  'revenue', 'tax', 'valueAdded', 'rdSpend', 'employees',
] as const;

export const SUBPARK_KEY_ORDER = ['id', 'name', 'nameEn', 'district', 'approvedAreaKm2', 'leadingIndustries', 'leadingIndustriesEn', 'targets'] as const;

function ordered(properties: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) if (properties[key] !== undefined) out[key] = properties[key];
  for (const key of Object.keys(properties)) if (!(key in out) && properties[key] !== undefined) throw new Error(`unexpected property ${key}`);
  return out;
}

export function featureLine(feature: Feature, order: readonly string[]): string {
  const properties = ordered((feature.properties ?? {}) as Record<string, unknown>, order);
  return JSON.stringify({ type: 'Feature', properties, geometry: feature.geometry });
}

export function featureCollectionText(features: readonly Feature[], order: readonly string[], meta: Record<string, unknown>): string {
  const head = `{"type":"FeatureCollection","parktwin":${JSON.stringify(meta)},"features":[\n`;
  return head + features.map((f) => featureLine(f, order)).join(',\n') + '\n]}\n';
}
