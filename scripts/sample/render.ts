/**
 * Renders the sample to PNG for looking at it: the whole zone, every sub-park, and 1-km close-ups.
 * Plots are coloured by land use (the land-use table's colours), sub-park boundaries in red, the
 * district base map underneath. Output goes to .cache/renders (gitignored).
 *
 *   npx tsx scripts/sample/render.ts [--dir data/sample] [--out .cache/renders] [--only zone,minhang]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import { defaultLandUseTable } from '../../src/index.ts';
import { BASEMAP_DIR } from './lib/basemap.ts';
import { svgToPng } from './render/screenshot.ts';
import { svgMap, viewHeightPx, type Layer, type View } from './render/svgMap.ts';
import { standardViews } from './render/standardViews.ts';

const root = join(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(root, 'data/sample') },
    out: { type: 'string', default: join(root, '.cache/renders') },
    only: { type: 'string' },
  },
});

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const plots = read<FeatureCollection<Geometry, { landUse: string; subparkId: string }>>(join(values.dir, 'plots.geojson'));
const subparks = read<FeatureCollection<MultiPolygon, { id: string; name: string; nameEn: string }>>(join(values.dir, 'subparks.geojson'));
const districts = read<FeatureCollection>(join(BASEMAP_DIR, 'shanghai-districts.geojson'));

const landUse = defaultLandUseTable();
const base: Layer = { geometries: districts.features.map((f) => ({ geometry: f.geometry, fill: '#f1efe9', stroke: '#9a9a9a', strokeWidthPx: 1 })) };
const boundaries: Layer = { geometries: subparks.features.map((f) => ({ geometry: f.geometry, fill: '#ffffff', stroke: '#d03030', strokeWidthPx: 1.2 })) };

mkdirSync(values.out, { recursive: true });
const only = values.only?.split(',');
for (const view of standardViews(subparks.features, plots.features)) {
  if (only && !only.includes(view.name)) continue;
  const close = isCloseUp(view);
  const plotLayer: Layer = {
    geometries: plots.features.map((f) => ({
      geometry: f.geometry,
      fill: landUse.lookup(f.properties.landUse)?.color ?? '#ff00ff',
      stroke: close ? '#ffffff' : undefined,
      strokeWidthPx: close ? 1 : undefined,
    })),
  };
  const svgPath = join(values.out, `${view.name}.svg`);
  writeFileSync(svgPath, svgMap(view, [base, boundaries, plotLayer], view.title, '#dfe9f2', view.name === 'preview'));
  svgToPng(svgPath, join(values.out, `${view.name}.png`), view.widthPx, viewHeightPx(view));
  console.log(`${view.name}.png`);
}

function isCloseUp(view: View): boolean {
  return view.bbox[2] - view.bbox[0] < 0.05;
}
