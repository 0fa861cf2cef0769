import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { decodeRing } from '../../scripts/sample/basemap/decodeEchartsGeo.ts';
import { BASEMAP_DIR, readCollection } from './sampleFiles.ts';

type District = { type: 'Feature'; properties: { name: string; nameShort: string; nameEn: string; adcode: string }; geometry: Polygon | MultiPolygon };

describe('base map', () => {
  const districts = readCollection<District>(BASEMAP_DIR, 'shanghai-districts.geojson').features;
  const districtAt = (lon: number, lat: number): string[] => districts.filter((d) => booleanPointInPolygon(point([lon, lat]), d)).map((d) => d.properties.nameShort);

  it("holds Shanghai's 16 districts with names", () => {
    expect(districts).toHaveLength(16);
    expect(new Set(districts.map((d) => d.properties.adcode)).size).toBe(16);
    expect(districts.map((d) => d.properties.name)).toContain('浦东新区');
  });

  it('is in WGS84: known places fall in the right district', () => {
    expect(districtAt(121.4737, 31.2317)).toEqual(['黄浦']); // People's Square
    expect(districtAt(121.5055, 31.2335)).toEqual(['浦东']); // Lujiazui
    expect(districtAt(121.4, 31.62)).toEqual(['崇明']);
    expect(districtAt(121.34, 30.74)).toEqual(['金山']);
  });

  it('has a land outline', () => {
    const land = readCollection<{ geometry: MultiPolygon }>(BASEMAP_DIR, 'shanghai-land.geojson').features;
    expect(land).toHaveLength(1);
    expect(land[0].geometry.coordinates.length).toBeGreaterThanOrEqual(4);
  });

  it("decodes ECharts' zig-zag delta encoding", () => {
    // '@@' = no move; 'B' − 64 = 2 → +1; 'A' − 64 = 1 → −1.
    expect(decodeRing('@@BA', [1024, 2048])).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2 - 1 / 1024],
    ]);
  });
});
