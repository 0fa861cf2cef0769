/**
 * The coordinate systems ParkTwin's users' data arrives in (DOMAIN.md §4, §9), as proj strings.
 * Only these are bundled: the CGCS2000 3-degree Gauss-Krüger zones are one formula, so every zone
 * of China is covered without a table.
 */

const GRS80_TMERC = '+proj=tmerc +lat_0=0 +k=1 +y_0=0 +ellps=GRS80 +units=m +no_defs';

/** EPSG 4513-4533: zones 25-45 with the zone number in front of the easting (zone 40 = 40 500 000 at the meridian). */
const ZONE_PREFIXED_FIRST = 4513;
/** EPSG 4534-4554: central meridians 75°E-135°E, easting 500 000 at the meridian. */
const CENTRAL_MERIDIAN_FIRST = 4534;
const ZONES = 21;

export interface CrsDefinition {
  /** `EPSG:4549` */
  code: string;
  name: string;
  /** proj4 definition; null for geographic systems read as WGS84 without conversion. */
  proj: string | null;
}

export function epsgDefinition(code: number): CrsDefinition | null {
  const label = `EPSG:${code}`;
  if (code === 4326) return { code: label, name: 'WGS 84', proj: null };
  // CGCS2000 and WGS 84 differ by centimetres: DOMAIN.md §4 treats them as one.
  if (code === 4490) return { code: label, name: 'CGCS2000', proj: null };
  if (code === 3857 || code === 900913) {
    return { code: 'EPSG:3857', name: 'WGS 84 / Pseudo-Mercator', proj: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs' };
  }
  if (code >= ZONE_PREFIXED_FIRST && code < ZONE_PREFIXED_FIRST + ZONES) {
    const zone = 25 + code - ZONE_PREFIXED_FIRST;
    return { code: label, name: `CGCS2000 / 3-degree Gauss-Kruger zone ${zone}`, proj: `${GRS80_TMERC} +lon_0=${zone * 3} +x_0=${zone * 1e6 + 500000}` };
  }
  if (code >= CENTRAL_MERIDIAN_FIRST && code < CENTRAL_MERIDIAN_FIRST + ZONES) {
    const meridian = 75 + 3 * (code - CENTRAL_MERIDIAN_FIRST);
    return { code: label, name: `CGCS2000 / 3-degree Gauss-Kruger CM ${meridian}E`, proj: `${GRS80_TMERC} +lon_0=${meridian} +x_0=500000` };
  }
  return null;
}

/** ESRI `.prj` names (no EPSG authority in them) of the systems above. */
export function epsgCodeOfEsriName(name: string): number | null {
  const n = name.toLowerCase();
  if (n === 'gcs_wgs_1984' || n === 'wgs_1984' || n === 'wgs 84') return 4326;
  if (n.includes('china_geodetic_coordinate_system_2000') || n === 'gcs_cgcs2000' || n === 'cgcs2000') return 4490;
  if (n.includes('web_mercator') || n.includes('pseudo-mercator')) return 3857;
  const cm = /cgcs2000[_ ]3[_ ]degree[_ ]gk[_ ]cm[_ ](\d+)e/.exec(n);
  if (cm) return CENTRAL_MERIDIAN_FIRST + (Number(cm[1]) - 75) / 3;
  const zone = /cgcs2000[_ ]3[_ ]degree[_ ]gk[_ ]zone[_ ](\d+)/.exec(n);
  if (zone) return ZONE_PREFIXED_FIRST + Number(zone[1]) - 25;
  return null;
}
