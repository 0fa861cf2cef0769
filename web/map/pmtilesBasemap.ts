/**
 * Basemaps from a PMTiles archive or a style that references `pmtiles://` URLs, for deployments
 * with their own tiles (loaded only when a basemap is configured). A bare `.pmtiles` file gets a
 * plain style: raster tiles as they are; vector tiles as light fills and lines for every layer the
 * archive lists, under the districts of the offline map.
 */
import maplibregl, { type StyleSpecification, type LayerSpecification } from 'maplibre-gl';
import { PMTiles, Protocol, TileType } from 'pmtiles';
import { BASEMAP_COLORS, offlineBasemapStyle, landUrlOf } from './basemapStyle.ts';

let protocol: Protocol | null = null;

function ensureProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    maplibregl.addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

export function isPmtilesUrl(url: string): boolean {
  return /\.pmtiles(\?|$)/i.test(url);
}

/** The style for a configured basemap URL: a PMTiles archive gets a generated style, a style URL is used as is. */
export async function configuredBasemapStyle(basemapUrl: string, districtsUrl: string): Promise<StyleSpecification | string> {
  const p = ensureProtocol();
  if (!isPmtilesUrl(basemapUrl)) return basemapUrl;
  const absolute = new URL(basemapUrl, location.href).href;
  const archive = new PMTiles(absolute);
  p.add(archive);
  const header = await archive.getHeader();
  const metadata = (await archive.getMetadata().catch(() => ({}))) as { vector_layers?: { id: string }[] };
  const base = offlineBasemapStyle(districtsUrl, landUrlOf(districtsUrl));
  const source = `pmtiles://${absolute}`;
  const layers: LayerSpecification[] = [];
  if (header.tileType === TileType.Mvt) {
    base.sources.tiles = { type: 'vector', url: source };
    for (const { id } of metadata.vector_layers ?? []) {
      layers.push(
        { id: `tiles-${id}-fill`, type: 'fill', source: 'tiles', 'source-layer': id, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#e9e7e1', 'fill-opacity': 0.6 } },
        { id: `tiles-${id}-line`, type: 'line', source: 'tiles', 'source-layer': id, paint: { 'line-color': '#c9c4ba', 'line-width': 0.6 } },
      );
    }
  } else {
    base.sources.tiles = { type: 'raster', url: source, tileSize: 256 };
    layers.push({ id: 'tiles-raster', type: 'raster', source: 'tiles' });
  }
  // background, [tiles…], then the district lines on top; the land fill is dropped under real tiles.
  const [background, , districts] = base.layers;
  base.layers = [{ ...background, paint: { 'background-color': BASEMAP_COLORS.land } } as LayerSpecification, ...layers, districts];
  return base;
}
