/**
 * Initial JS of the built viewer: every script and modulepreload that dist/index.html loads,
 * gzipped. The budget is 700 KB. Run after `npm run build`:
 *   npx tsx scripts/bench/viewerBundleSize.ts
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BundleSize {
  files: { file: string; gzipBytes: number }[];
  initialGzipBytes: number;
}

export function initialBundleSize(distDir = 'dist'): BundleSize {
  const html = readFileSync(resolve(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)) refs.add(m[1]);
  const files = [...refs].map((ref) => {
    const bytes = readFileSync(resolve(distDir, ref.replace(/^\//, '')));
    return { file: ref, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, initialGzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = initialBundleSize(process.argv[2] ?? 'dist');
  for (const f of size.files) console.log(`${(f.gzipBytes / 1024).toFixed(1).padStart(8)} KB  ${f.file}`);
  console.log(`${(size.initialGzipBytes / 1024).toFixed(1).padStart(8)} KB  initial JS, gzipped (budget 700 KB)`);
}
