/** Shanghai with a margin (DOMAIN.md §4 data is WGS84 around 121.5°E, 31.2°N). */
export const SHANGHAI_REGION = Object.freeze({ minLon: 119, maxLon: 123.5, minLat: 29.5, maxLat: 32.5 });

/**
 * Why a position is outside WGS84 degrees, when the numbers show it: projected metres (Gauss-Krüger
 * eastings/northings have 6-8 digits), or latitude and longitude swapped. '' when nothing fits.
 */
export function outOfRangeHint(x: number, y: number): string {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (ax >= 1e4 && ax < 1e9 && ay >= 1e4 && ay < 1e9) {
    const zone = Math.floor(ax / 1e6);
    const zoned =
      ax >= 1e7 && (zone === 40 || zone === 41)
        ? ` (an 8-digit easting starting ${zone} is CGCS2000 3-degree Gauss-Krüger zone ${zone}, EPSG:${zone === 40 ? 4528 : 4529})`
        : '';
    return `they look like projected metres, e.g. CGCS2000 Gauss-Krüger${zoned}; convert to WGS84 lon/lat or declare the CRS`;
  }
  const { minLon, maxLon, minLat, maxLat } = SHANGHAI_REGION;
  if (x >= minLat && x <= maxLat && y >= minLon && y <= maxLon) {
    return 'longitude and latitude look swapped: GeoJSON positions are [lon, lat]';
  }
  return '';
}
