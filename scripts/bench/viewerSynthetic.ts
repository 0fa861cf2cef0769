/**
 * Quick synthetic plots for the viewer benchmark, used only when scripts/synthetic (the shared
 * generator) has not produced .cache/synthetic/plots-<N>.geojson. One feature per line, WGS84.
 * Plots are jittered rectangles on a grid around each sub-park centre (DOMAIN.md §7), with the
 * attributes every rule reads, so the analysis has real work to do.
 *
 *   npx tsx scripts/bench/viewerSynthetic.ts 100000 [out.geojson]
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const CENTRES: ReadonlyArray<[string, number, number, number]> = [
  ['zhangjiang', 121.6, 31.19, 80], ['jinqiao', 121.61, 31.26, 30], ['lujiazui', 121.51, 31.235, 6],
  ['shibo', 121.49, 31.19, 5], ['lingang', 121.85, 30.92, 80], ['caohejing', 121.425, 31.168, 14],
  ['xuhui', 121.45, 31.18, 5], ['changning', 121.36, 31.22, 5], ['jingan', 121.455, 31.23, 3],
  ['shibei', 121.455, 31.28, 3], ['putuo', 121.38, 31.26, 5], ['hongkou', 121.49, 31.27, 8],
  ['yangpu', 121.51, 31.3, 12], ['huangpu', 121.485, 31.215, 2], ['minhang', 121.39, 31.08, 56],
  ['baoshan', 121.4, 31.36, 25], ['jiading', 121.24, 31.38, 50], ['songjiang', 121.21, 31.04, 21],
  ['qingpu', 121.1, 31.16, 35], ['fengxian', 121.47, 30.94, 35], ['jinshan', 121.28, 30.83, 21],
  ['chongming', 121.55, 31.6, 15], ['zizhu', 121.4533, 31.0214, 13],
];
const LAND_USES = ['100101', '100101', '100102', 'M1', '0802', 'C65', '1101', '0901', '0902', 'G1', 'S', '2301'];

/** Deterministic PRNG (mulberry32). */
function randomOf(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function writeSyntheticPlots(count: number, outPath: string): Promise<void> {
  mkdirSync(dirname(outPath), { recursive: true });
  const out = createWriteStream(outPath);
  const rnd = randomOf(42);
  const totalWeight = CENTRES.reduce((s, c) => s + c[3], 0);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('{"type":"FeatureCollection","features":[\n');
  let id = 0;
  for (const [subparkId, lon0, lat0, weight] of CENTRES) {
    const n = Math.max(1, Math.round((count * weight) / totalWeight));
    const side = Math.ceil(Math.sqrt(n));
    const cellM = 130;
    const dLat = cellM / 111_000;
    const dLon = cellM / (111_000 * Math.cos((lat0 * Math.PI) / 180));
    for (let k = 0; k < n && id < count; k++, id++) {
      const gx = (k % side) - side / 2;
      const gy = Math.floor(k / side) - side / 2;
      const w = dLon * (0.5 + rnd() * 0.4);
      const h = dLat * (0.5 + rnd() * 0.4);
      const x = lon0 + gx * dLon;
      const y = lat0 + gy * dLat;
      const ring = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]].map(([a, b]) => [+a.toFixed(6), +b.toFixed(6)]);
      const landArea = Math.round(w * h * 111_000 * 111_000 * Math.cos((lat0 * Math.PI) / 180));
      const gfa = Math.round(landArea * rnd() * 3);
      const props: Record<string, unknown> = {
        id: `P${String(id).padStart(7, '0')}`,
        subparkId,
        landUse: LAND_USES[Math.floor(rnd() * LAND_USES.length)],
        name: `地块${id}`,
        enterprise: `企业${id % 5000}`,
        landAreaM2: landArea,
        gfaAboveM2: gfa,
        gfaOtherM2: Math.round(gfa * rnd() * 0.3),
        gfaAmenityM2: Math.round(gfa * rnd() * 0.2),
        heightM: Math.round(10 + rnd() * 60),
        vacancyRate: +(rnd() * 0.7).toFixed(2),
        revenue: Math.round(rnd() * 50000),
        tax: Math.round(rnd() * 3000),
        employees: Math.round(rnd() * 500),
        evaluations: [
          { year: 2023, pass: rnd() > 0.2 },
          { year: 2024, pass: rnd() > 0.2 },
        ],
      };
      if (rnd() < 0.03) props.landStatus = 'approved-unsupplied';
      if (rnd() < 0.03) props.agreedStartDate = '2022-03-01';
      await write((id === 0 ? '' : ',\n') + JSON.stringify({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [ring] } }));
    }
  }
  await write('\n]}\n');
  await new Promise<void>((r) => out.end(() => r()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 100_000);
  const outPath = process.argv[3] ?? `.cache/synthetic/plots-${count}.geojson`;
  await writeSyntheticPlots(count, outPath);
  console.log(`wrote ${count} plots to ${outPath}`);
}
