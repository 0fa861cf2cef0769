/**
 * JS size of the built viewer, gzipped. Two figures:
 *  - initial: what index.html loads (its entry script and modulepreloads);
 *  - first frame: everything that must arrive before plots are on screen — the entry, the UI chunk
 *    it imports right away (web/bootstrap.tsx), their static imports and the plots worker. Lazily
 *    loaded pieces (dashboard, export) are left out of both.
 * The budget is 700 KB for initial JS. Run after a build:
 *   npx tsx scripts/bench/viewerBundleSize.ts [dist]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
}

export interface BundleSize {
  files: { file: string; gzipBytes: number }[];
  initialGzipBytes: number;
  firstFrameGzipBytes: number;
}

const FIRST_FRAME_DYNAMIC = ['web/bootstrap.tsx'];

function gzipBytesOf(distDir: string, file: string): number {
  return gzipSync(readFileSync(resolve(distDir, file.replace(/^\//, ''))), { level: 9 }).length;
}

export function initialBundleSize(distDir = 'dist'): BundleSize {
  const html = readFileSync(resolve(distDir, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)) initial.add(m[1].replace(/^\//, ''));
  const manifest = JSON.parse(readFileSync(resolve(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const firstFrame = new Set<string>(initial);
  const visited = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || visited.has(key)) return;
    visited.add(key);
    firstFrame.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
    for (const dynamic of chunk.dynamicImports ?? []) if (FIRST_FRAME_DYNAMIC.includes(manifest[dynamic]?.src ?? dynamic)) visit(dynamic);
  };
  visit('index.html');
  for (const f of readdirSync(resolve(distDir, 'assets'))) if (/^plots\.worker-.*\.js$/.test(f)) firstFrame.add(`assets/${f}`);
  const jsFiles = [...firstFrame].filter((f) => f.endsWith('.js'));
  const files = jsFiles.map((file) => ({ file, gzipBytes: gzipBytesOf(distDir, file) }));
  const sum = (set: Iterable<string>) => [...set].filter((f) => f.endsWith('.js')).reduce((s, f) => s + gzipBytesOf(distDir, f), 0);
  return { files, initialGzipBytes: sum(initial), firstFrameGzipBytes: sum(jsFiles) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = initialBundleSize(process.argv[2] ?? 'dist');
  for (const f of size.files) console.log(`${(f.gzipBytes / 1024).toFixed(1).padStart(8)} KB  ${f.file}`);
  console.log(`${(size.initialGzipBytes / 1024).toFixed(1).padStart(8)} KB  initial JS (index.html), gzipped (budget 700 KB)`);
  console.log(`${(size.firstFrameGzipBytes / 1024).toFixed(1).padStart(8)} KB  all JS before the first frame (entry + UI chunk + worker), gzipped`);
}
