import Papa from 'papaparse';
import { wktToGeoJSON } from 'betterknown';
import { ReadError } from '../readError.ts';
import { fileIssue, type DecodeContext, type DecodedLayer, type RawFeature } from './decodedLayer.ts';
import { decodeText, detectEncoding, type ChosenEncoding } from './textEncoding.ts';
import type { InputIssue } from '../../schema/index.ts';

import { WKT_COLUMNS } from './wktColumns.ts';

function geometryColumn(header: string[]): number {
  for (const name of WKT_COLUMNS) {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name);
    if (i >= 0) return i;
  }
  return -1;
}

function parseWkt(text: string): unknown {
  // EWKT (`SRID=4326;POLYGON…`) carries its SRID in front.
  const wkt = text.replace(/^\s*SRID=\d+;/i, '').trim();
  return wktToGeoJSON(wkt);
}

/** A CSV (Excel on Chinese Windows: GBK, CRLF, no BOM) with a WKT geometry column. */
export function decodeCsv(bytes: Uint8Array, context: DecodeContext): DecodedLayer {
  const encoding: ChosenEncoding = context.encoding ? { encoding: context.encoding, source: 'declared' } : detectEncoding(bytes);
  const text = decodeText(bytes, encoding.encoding);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header) throw new ReadError('empty', 'the CSV has no header row');
  const columns = header.map((h) => h.trim());
  const geometryAt = geometryColumn(columns);
  if (geometryAt < 0) {
    throw new ReadError('unsupported-format', `the CSV has no WKT geometry column (one named ${WKT_COLUMNS.slice(0, 5).join(', ')} or 几何); its columns are ${columns.slice(0, 12).join(', ')}`);
  }
  const issues: InputIssue[] = [];
  const features: (RawFeature | null)[] = [];
  rows.forEach((row, index) => {
    if (row.length !== columns.length) {
      issues.push(fileIssue('csv-row-length', `row ${index + 2} has ${row.length} cells and the header ${columns.length}; cells are read by position`, 'warning', index));
    }
    let geometry: unknown;
    try {
      geometry = parseWkt(row[geometryAt] ?? '');
    } catch (error) {
      issues.push({
        index, id: null, severity: 'error', code: 'invalid-wkt', field: 'geometry',
        message: `the ${columns[geometryAt]} cell of row ${index + 2} is not WKT (${error instanceof Error ? error.message : String(error)}); the plot is left out`,
      });
      features.push(null);
      return;
    }
    const properties: Record<string, unknown> = {};
    columns.forEach((name, i) => {
      if (i !== geometryAt) properties[name] = row[i] ?? null;
    });
    features.push({ geometry, properties });
  });
  return { layer: null, layers: [], encoding, fileCrs: null, columns: columns.filter((_, i) => i !== geometryAt), features, issues };
}
