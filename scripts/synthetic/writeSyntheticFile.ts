import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { featureJson, syntheticFeatures } from './syntheticFeatures.ts';

/** Bump when the generated plots change, so cached files are regenerated. */
export const SYNTHETIC_VERSION = 1;
export const SYNTHETIC_DIR = '.cache/synthetic';

/** `lines`: a FeatureCollection with one feature per line (as GDAL writes); `pretty`: indented; `ndjson`: one Feature per line, no collection. */
export type SyntheticLayout = 'lines' | 'pretty' | 'ndjson';

export interface SyntheticRequest {
  plots: number;
  seed?: number;
  layout?: SyntheticLayout;
  dir?: string;
  /** Regenerate even when a matching file exists. */
  force?: boolean;
  onProgress?: (plotsWritten: number) => void;
}

export interface SyntheticFile {
  path: string;
  bytes: number;
  /** False when an existing file with the same version, seed and count was reused. */
  generated: boolean;
}

interface Stamp {
  generator: 'parktwin-synthetic';
  version: number;
  seed: number;
  plots: number;
  layout: SyntheticLayout;
  bytes: number;
}

export function syntheticPath(plots: number, layout: SyntheticLayout = 'lines', dir = SYNTHETIC_DIR): string {
  const suffix = layout === 'lines' ? '.geojson' : layout === 'pretty' ? '.pretty.geojson' : '.ndjson';
  return join(dir, `plots-${plots}${suffix}`);
}

async function existingStamp(path: string): Promise<Stamp | undefined> {
  try {
    const stamp = JSON.parse(await readFile(`${path}.stamp.json`, 'utf8')) as Stamp;
    const info = await stat(path);
    return info.size === stamp.bytes ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The synthetic plots file for a count and seed, generated (streamed, under a temporary name,
 * renamed when complete) unless a file stamped with the same version, seed, count and layout is
 * already there.
 */
export async function ensureSyntheticPlots(request: SyntheticRequest): Promise<SyntheticFile> {
  const seed = request.seed ?? 1;
  const layout = request.layout ?? 'lines';
  const path = syntheticPath(request.plots, layout, request.dir);
  const stamp = await existingStamp(path);
  if (!request.force && stamp && stamp.version === SYNTHETIC_VERSION && stamp.seed === seed && stamp.plots === request.plots && stamp.layout === layout) {
    return { path, bytes: stamp.bytes, generated: false };
  }
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.partial-${process.pid}`;
  const bytes = await writeSynthetic(temp, request.plots, seed, layout, request.onProgress);
  await rename(temp, path);
  const newStamp: Stamp = { generator: 'parktwin-synthetic', version: SYNTHETIC_VERSION, seed, plots: request.plots, layout, bytes };
  await writeFile(`${path}.stamp.json`, JSON.stringify(newStamp, null, 2) + '\n');
  return { path, bytes, generated: true };
}

async function writeSynthetic(path: string, plots: number, seed: number, layout: SyntheticLayout, onProgress?: (n: number) => void): Promise<number> {
  const out = createWriteStream(path);
  await once(out, 'open');
  let parts: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (!out.write(parts.join(''))) await once(out, 'drain');
    parts = [];
    chars = 0;
  };
  const add = async (text: string) => {
    parts.push(text);
    chars += text.length;
    if (chars > 1 << 20) await flush();
  };
  const meta = JSON.stringify({ synthetic: true, generator: 'parktwin-synthetic', version: SYNTHETIC_VERSION, seed, plots });
  if (layout !== 'ndjson') await add(`{"type":"FeatureCollection","name":"parktwin-synthetic-${plots}","parktwin":${meta},"features":[\n`);
  let n = 0;
  for (const feature of syntheticFeatures(plots, seed)) {
    const text = featureJson(feature, layout === 'pretty');
    await add(layout === 'ndjson' ? `${text}\n` : n === 0 ? text : `,\n${text}`);
    if (++n % 50_000 === 0) onProgress?.(n);
  }
  if (layout !== 'ndjson') await add('\n]}\n');
  await flush();
  out.end();
  await once(out, 'finish');
  return out.bytesWritten;
}
