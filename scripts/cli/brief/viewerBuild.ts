import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SOURCES = ['web', 'src', 'index.html', 'vite.config.ts', 'package-lock.json', 'data/sample', 'data/basemap'];

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  // Documentation next to the code does not change the build.
  for (const entry of readdirSync(path)) if (!entry.endsWith('.md')) newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  return newest;
}

/**
 * The built viewer the brief drives: `.cache/brief-viewer/`, rebuilt with Vite when any of its
 * sources is newer than the last build (a stamp file), else reused as it is.
 */
export async function ensureViewerBuild(root: string, log: (line: string) => void): Promise<{ dir: string; builtMs: number | null }> {
  const dir = resolve(root, '.cache/brief-viewer');
  const stamp = join(dir, '.built');
  const builtAt = existsSync(stamp) && existsSync(join(dir, 'index.html')) ? statSync(stamp).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtimeMs(resolve(root, s))));
  if (builtAt > newest) return { dir, builtMs: null };
  log('parktwin: building the viewer (once, until its sources change)…');
  const started = performance.now();
  const { build } = await import('vite');
  // Errors only: the bundler's timing notes are not the user's business on a command's stderr.
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: dir, emptyOutDir: true, rolldownOptions: { checks: { pluginTimings: false } } } });
  writeFileSync(stamp, new Date().toISOString() + '\n');
  return { dir, builtMs: performance.now() - started };
}
