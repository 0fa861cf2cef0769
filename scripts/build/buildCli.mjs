// Bundles the command line and its workers (parse, data quality) to plain JavaScript in dist-cli/ (esbuild), so
// `parktwin` starts without compiling TypeScript (tsx took 3-4 s of every start here) and runs
// without dev dependencies. Run at `npm ci` (the `prepare` script) and by scripts/parktwin.mjs
// when a source is newer than the last build. Plain .mjs: it runs before anything is compiled.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_DIR = join(ROOT, 'dist-cli');
/** The build's source files (esbuild's metafile inputs), for the freshness check of scripts/parktwin.mjs. */
export const INPUTS = join(OUT_DIR, '.inputs.json');

/**
 * Left to Node at run time: sql.js finds its wasm next to its own file; vite and playwright-core
 * (dev dependencies) only load for `brief`, which builds and drives the viewer.
 */
const EXTERNAL = ['sql.js', 'vite', 'playwright-core'];

export async function buildCli() {
  const { build } = await import('esbuild');
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'scripts/cli.ts', parseWorker: 'scripts/cli/parseWorker.ts', qualityWorker: 'scripts/cli/qualityWorker.ts' },
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Flat, so that a chunk finds parseWorker.mjs and qualityWorker.mjs beside itself (parseWorkerPool.ts, qualityInWorker.ts).
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
    metafile: true,
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: { js: "import { createRequire as __parktwinRequire } from 'node:module'; const require = __parktwinRequire(import.meta.url);" },
  });
  // Our own sources and the lock file (a dependency's files change only with it).
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith('node_modules/'));
  writeFileSync(INPUTS, JSON.stringify([...inputs, 'package-lock.json', 'scripts/build/buildCli.mjs']) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  try {
    await import('esbuild');
  } catch {
    // `npm ci --omit=dev` runs `prepare` without the dev dependencies: nothing to build with.
    console.log('parktwin: esbuild is not installed (dev dependencies omitted); the command line was not built');
    process.exit(0);
  }
  await buildCli();
  console.log(`parktwin: command line built into dist-cli/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Whether dist-cli/ was built after every one of its sources last changed (and they still exist). */
export function cliBuildIsFresh() {
  let inputs;
  let builtMs;
  try {
    builtMs = statSync(INPUTS).mtimeMs;
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return false;
  }
  for (const path of inputs) {
    try {
      if (statSync(join(ROOT, path)).mtimeMs > builtMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}
