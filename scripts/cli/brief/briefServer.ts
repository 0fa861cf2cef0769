import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface BriefFiles {
  plots: string;
  subparks?: string;
  story?: string;
}

export interface BriefServer {
  baseUrl: string;
  /** Paths the viewer is pointed at (`?plots=…&subparks=…&story=…`). */
  plotsUrl: string;
  subparksUrl?: string;
  storyUrl?: string;
  close(): Promise<void>;
}

/**
 * Serves the built viewer and the user's files on 127.0.0.1 (a free port), for the headless
 * browser only. The plots file keeps its name in the URL so the viewer names the right source.
 */
export async function startBriefServer(viewerDir: string, files: BriefFiles): Promise<BriefServer> {
  const root = resolve(viewerDir);
  const plotsUrl = `/brief/plots/${encodeURIComponent(basename(files.plots))}`;
  const routes = new Map<string, string>([[plotsUrl, files.plots]]);
  if (files.subparks) routes.set('/brief/subparks.geojson', files.subparks);
  if (files.story) routes.set('/brief/story.json', files.story);
  const server: Server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    let file = routes.get(pathname) ?? null;
    if (!file) {
      const local = normalize(join(root, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
      file = local.startsWith(root + sep) && existsSync(local) && statSync(local).isFile() ? local : null;
    }
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': statSync(file).size, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the brief server has no port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    plotsUrl,
    subparksUrl: files.subparks ? '/brief/subparks.geojson' : undefined,
    storyUrl: files.story ? '/brief/story.json' : undefined,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
