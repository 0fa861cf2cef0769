import { crsOfEpsg, type SourceCrs } from './crs.ts';
import { isEmptyBounds, type Bounds } from './coordinates.ts';

/** How coordinates without a declared system are read, or why they cannot be. */
export type CrsGuess =
  | { kind: 'found'; crs: SourceCrs; swapAxes: boolean; warning: { code: string; message: string } | null }
  | { kind: 'ambiguous'; candidates: string[]; message: string };

const LONLAT_WARNING = {
  code: 'crs-assumed-wgs84',
  message:
    'the file names no coordinate system; its lon/lat are read as WGS84. GCJ-02 (Amap, Tencent) and BD-09 (Baidu) coordinates look the same and would load 400-1100 m off: declare them with --crs gcj02 or --crs bd09',
};

function isLonLat(b: Bounds): boolean {
  return b.minX >= -180 && b.maxX <= 180 && b.minY >= -90 && b.maxY <= 90;
}

function isLatLon(b: Bounds): boolean {
  return b.minX >= -90 && b.maxX <= 90 && b.minY >= -180 && b.maxY <= 180 && (b.minY < -90 || b.maxY > 90);
}

/** Zone of an 8-digit easting with the zone number in front (40 512 345 = zone 40), or null. */
function prefixedZone(min: number, max: number): number | null {
  const zone = Math.floor(min / 1e6);
  return zone >= 25 && zone <= 45 && Math.floor(max / 1e6) === zone ? zone : null;
}

/** Northings of China (and then some): 1 000-6 000 km from the equator. */
function isNorthing(min: number, max: number): boolean {
  return min >= 1e6 && max <= 6.5e6;
}

function metres(n: number): string {
  return Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
}

/**
 * DOMAIN.md §9, for a file that names no coordinate system: lon/lat ranges are WGS84 (with a
 * warning: GCJ-02 and BD-09 look the same); an 8-digit easting starting with the zone number is
 * the zone-prefixed CGCS2000 Gauss-Krüger code; any other projected range is ambiguous.
 */
export function guessCrs(b: Bounds): CrsGuess {
  const wgs84 = crsOfEpsg(4326) as SourceCrs;
  if (isEmptyBounds(b)) return { kind: 'found', crs: wgs84, swapAxes: false, warning: null };
  if (isLonLat(b)) return { kind: 'found', crs: wgs84, swapAxes: false, warning: LONLAT_WARNING };
  if (isLatLon(b)) return { kind: 'found', crs: wgs84, swapAxes: true, warning: { code: 'axes-swapped', message: `${LONLAT_WARNING.message}. Its columns hold latitude first; they are read swapped` } };
  const zone = prefixedZone(b.minX, b.maxX);
  if (zone !== null && isNorthing(b.minY, b.maxY)) {
    return { kind: 'found', crs: crsOfEpsg(4513 + zone - 25) as SourceCrs, swapAxes: false, warning: zoneWarning(zone, false) };
  }
  const swappedZone = prefixedZone(b.minY, b.maxY);
  if (swappedZone !== null && isNorthing(b.minX, b.maxX)) {
    return { kind: 'found', crs: crsOfEpsg(4513 + swappedZone - 25) as SourceCrs, swapAxes: true, warning: zoneWarning(swappedZone, true) };
  }
  return {
    kind: 'ambiguous',
    candidates: ['EPSG:4549', 'EPSG:4550'],
    message:
      `its coordinates are projected (x ${metres(b.minX)}-${metres(b.maxX)}, y ${metres(b.minY)}-${metres(b.maxY)}) and the file names no coordinate system; ` +
      'for Shanghai they are likely CGCS2000 3-degree Gauss-Kruger EPSG:4549 (120°E) or EPSG:4550 (123°E): declare it with --crs',
  };
}

function zoneWarning(zone: number, swapped: boolean): { code: string; message: string } {
  const code = 4513 + zone - 25;
  return {
    code: swapped ? 'axes-swapped' : 'crs-detected',
    message: `the file names no coordinate system; its 8-digit eastings starting with ${zone} are read as CGCS2000 3-degree Gauss-Kruger zone ${zone} (EPSG:${code})${swapped ? ', with the columns swapped (northing first)' : ''}`,
  };
}

/**
 * Northing-first files: EPSG defines the Gauss-Krüger and geographic systems with the north axis
 * first, and some writers follow it. True when the x values fit the system's north axis and the
 * y values its east axis, not the other way round.
 */
export function axesLookSwapped(crs: SourceCrs, b: Bounds): boolean {
  if (isEmptyBounds(b)) return false;
  if (crs.geographic) return !isLonLat(b) && isLatLon(b);
  const code = /^EPSG:(\d+)$/.exec(crs.label);
  const n = code ? Number(code[1]) : 0;
  if (n >= 4534 && n <= 4554) return isNorthing(b.minX, b.maxX) && b.minY >= 0 && b.maxY <= 1e6;
  if (n >= 4513 && n <= 4533) return isNorthing(b.minX, b.maxX) && prefixedZone(b.minY, b.maxY) !== null;
  return false;
}
