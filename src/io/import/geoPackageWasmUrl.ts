/**
 * Where the browser finds sql.js's wasm: our own origin (the viewer passes Vite's `?url` of
 * `sql.js/dist/sql-wasm.wasm`), never a CDN. In Node sql.js finds it next to itself.
 * Kept apart from geoPackageDecoder.ts so that setting it does not pull the decoder (and sql.js)
 * into the bundle that loads it on demand.
 */
let wasmUrl: string | undefined;
const listeners: (() => void)[] = [];

export function setGeoPackageWasmUrl(url: string): void {
  wasmUrl = url;
  for (const listener of listeners) listener();
}

export function geoPackageWasmUrl(): string | undefined {
  return wasmUrl;
}

/** The decoder drops its loaded sql.js when the URL changes. */
export function onGeoPackageWasmUrlChange(listener: () => void): void {
  listeners.push(listener);
}
