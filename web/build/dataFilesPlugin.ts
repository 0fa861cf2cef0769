import { createReadStream, existsSync, statSync, cpSync, mkdirSync } from 'node:fs';
import { resolve, normalize, sep, join } from 'node:path';
import type { Plugin, Connect } from 'vite';

/**
 * Serves the repository's data folders (sample plots, basemap, synthetic benchmark sets) to the app
 * by streaming them from disk, in `vite` (dev) and `vite preview`, and copies the small ones into
 * `dist/` on build so a static deployment has the sample. Large files are never read into memory.
 */
const SERVED_PREFIXES: Readonly<Record<string, string>> = {
  '/data/': 'data',
  '/.cache/synthetic/': '.cache/synthetic',
  '/tests/fixtures/browser/': 'tests/fixtures/browser',
};

const COPIED_ON_BUILD = ['data/sample', 'data/basemap', 'data/landuse.json'];

function contentTypeOfPath(path: string): string {
  if (path.endsWith('.geojson')) return 'application/geo+json';
  if (path.endsWith('.json')) return 'application/json';
  if (path.endsWith('.pmtiles')) return 'application/octet-stream';
  return 'application/octet-stream';
}

/** The file a request path maps to, or null when it is outside the served folders. */
export function servedFileOfUrl(root: string, url: string): string | null {
  const pathname = decodeURIComponent(url.split('?')[0]);
  for (const [prefix, folder] of Object.entries(SERVED_PREFIXES)) {
    if (!pathname.startsWith(prefix)) continue;
    const base = resolve(root, folder);
    const file = normalize(join(base, pathname.slice(prefix.length)));
    if (!file.startsWith(base + sep)) return null;
    return file;
  }
  return null;
}

function dataMiddleware(root: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    // Module imports of data files (`import x from '../data/landuse.json'`) are Vite's business.
    if (!req.url || /[?&](import|url|raw|worker_file)\b/.test(req.url)) return next();
    const file = servedFileOfUrl(root, req.url);
    if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', contentTypeOfPath(file));
    res.setHeader('Content-Length', String(statSync(file).size));
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
}

export function dataFilesPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'parktwin-data-files',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(dataMiddleware(root));
    },
    configurePreviewServer(server) {
      server.middlewares.use(dataMiddleware(root));
    },
    closeBundle() {
      for (const rel of COPIED_ON_BUILD) {
        const from = resolve(root, rel);
        if (!existsSync(from)) continue;
        const to = resolve(outDir, rel);
        mkdirSync(resolve(to, '..'), { recursive: true });
        cpSync(from, to, { recursive: true });
      }
    },
  };
}
