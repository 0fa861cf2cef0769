// shpjs 6 ships no types (STYLE.md); only the part ParkTwin uses.
declare module 'shpjs' {
  /** Shapes of a `.shp` as GeoJSON geometries (null for a null shape); no reprojection without `prj`. */
  export function parseShp(shp: Uint8Array | ArrayBuffer | DataView, prj?: string): unknown[];
}
