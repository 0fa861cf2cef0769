/**
 * sql.js's wasm (GeoPackage import) is served from our own origin, emitted by Vite, never fetched
 * from a CDN; it is loaded only when a GeoPackage is opened.
 */
import sqlWasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { setGeoPackageWasmUrl } from './core.ts';

setGeoPackageWasmUrl(sqlWasmUrl);
