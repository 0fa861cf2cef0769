import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { ReadError } from '../readError.ts';
import { crsOfEpsg, crsOfWkt, CrsError, type SourceCrs } from './crs.ts';
import { fileIssue, type DecodeContext, type DecodedLayer, type RawFeature } from './decodedLayer.ts';
import { readGeoPackageGeometry } from './wkb.ts';
import { geoPackageWasmUrl, onGeoPackageWasmUrlChange } from './geoPackageWasmUrl.ts';
import type { InputIssue } from '../../schema/index.ts';

let sqlJs: Promise<SqlJsStatic> | undefined;
onGeoPackageWasmUrlChange(() => (sqlJs = undefined));

async function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= import('sql.js').then((module) => {
    const init = (module as unknown as { default: (config?: object) => Promise<SqlJsStatic> }).default;
    const wasmUrl = geoPackageWasmUrl();
    return init(wasmUrl ? { locateFile: () => wasmUrl } : undefined);
  });
  return sqlJs;
}

const POLYGON_TYPES = new Set(['POLYGON', 'MULTIPOLYGON', 'CURVEPOLYGON', 'MULTISURFACE', 'SURFACE']);

interface FeatureTable {
  table: string;
  geometryColumn: string;
  geometryType: string;
  srsId: number;
}

function rowsOf(db: Database, sql: string, params: SqlValue[] = []): SqlValue[][] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const rows: SqlValue[][] = [];
    while (statement.step()) rows.push(statement.get());
    return rows;
  } finally {
    statement.free();
  }
}

function featureTables(db: Database): FeatureTable[] {
  let rows: SqlValue[][];
  try {
    rows = rowsOf(
      db,
      `SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id FROM gpkg_contents c
       JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
       WHERE c.data_type = 'features' ORDER BY c.rowid`,
    );
  } catch {
    throw new ReadError('unsupported-format', 'it is an SQLite database but not a GeoPackage (no gpkg_contents table)');
  }
  return rows.map(([table, geometryColumn, geometryType, srsId]) => ({
    table: String(table),
    geometryColumn: String(geometryColumn),
    geometryType: String(geometryType).toUpperCase(),
    srsId: Number(srsId),
  }));
}

function crsOfSrsId(db: Database, srsId: number, issues: InputIssue[]): SourceCrs | null {
  const [row] = rowsOf(db, 'SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?', [srsId]);
  // srs_id 0 and -1 are GeoPackage's "undefined geographic/cartesian" systems.
  if (!row || srsId <= 0) return null;
  const [organization, code, definition] = row;
  if (String(organization).toUpperCase() === 'EPSG') {
    const crs = crsOfEpsg(Number(code));
    if (crs) return crs;
  }
  try {
    return typeof definition === 'string' && definition !== 'undefined' ? crsOfWkt(definition) : null;
  } catch (error) {
    if (!(error instanceof CrsError)) throw error;
    issues.push(fileIssue('unreadable-crs', `the GeoPackage's coordinate system ${srsId} cannot be read (${error.message}); it is detected from the coordinates instead`));
    return null;
  }
}

function primaryKey(db: Database, table: string): string | null {
  const pk = rowsOf(db, `PRAGMA table_info("${table.replace(/"/g, '""')}")`).find((r) => Number(r[5]) === 1);
  return pk ? String(pk[1]) : null;
}

function pickTable(tables: FeatureTable[], layer: string | undefined): FeatureTable {
  if (layer !== undefined) {
    const found = tables.find((t) => t.table === layer) ?? tables.find((t) => t.table.toLowerCase() === layer.toLowerCase());
    if (!found) throw new ReadError('unsupported-format', `it has no layer named "${layer}"; its layers are ${tables.map((t) => t.table).join(', ') || 'none'}`);
    return found;
  }
  const polygons = tables.find((t) => POLYGON_TYPES.has(t.geometryType)) ?? tables.find((t) => t.geometryType === 'GEOMETRY');
  if (!polygons) throw new ReadError('unsupported-format', `it has no polygon layer${tables.length ? `; its layers are ${tables.map((t) => `${t.table} (${t.geometryType.toLowerCase()})`).join(', ')}` : ''}`);
  return polygons;
}

/** Text as text, blobs left out of the attributes (they are not plot fields). */
function attributeValue(value: SqlValue): unknown {
  return value instanceof Uint8Array ? null : value;
}

/** The first polygon layer in gpkg_contents order, or `context.layer`. */
export async function decodeGeoPackage(bytes: Uint8Array, context: DecodeContext): Promise<DecodedLayer> {
  const SQL = await loadSqlJs();
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch (error) {
    throw new ReadError('truncated', `it is an SQLite database that cannot be opened (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const issues: InputIssue[] = [];
    const tables = featureTables(db);
    const chosen = pickTable(tables, context.layer);
    const pk = primaryKey(db, chosen.table);
    const statement = db.prepare(`SELECT * FROM "${chosen.table.replace(/"/g, '""')}"`);
    const columnNames = statement.getColumnNames();
    const columns = columnNames.filter((c) => c !== chosen.geometryColumn && c !== pk);
    const features: RawFeature[] = [];
    try {
      while (statement.step()) {
        const values = statement.get();
        const properties: Record<string, unknown> = {};
        let geometry: unknown = null;
        for (let i = 0; i < columnNames.length; i++) {
          const name = columnNames[i];
          if (name === chosen.geometryColumn) {
            const blob = values[i];
            if (blob instanceof Uint8Array) {
              try {
                geometry = readGeoPackageGeometry(blob);
              } catch {
                geometry = { type: 'unreadable WKB', coordinates: null };
              }
            }
          } else if (name !== pk) properties[name] = attributeValue(values[i]);
        }
        features.push({ geometry, properties });
      }
    } finally {
      statement.free();
    }
    return {
      layer: chosen.table,
      layers: tables.map((t) => t.table),
      // SQLite text is UTF-8 by the GeoPackage standard.
      encoding: { encoding: 'utf-8', source: 'detected' },
      fileCrs: crsOfSrsId(db, chosen.srsId, issues),
      columns,
      features,
      issues,
    };
  } finally {
    db.close();
  }
}
