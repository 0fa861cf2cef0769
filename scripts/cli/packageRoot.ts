import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The directory of ParkTwin's package.json, found by walking up from this module: the same answer
 * whether the command line runs from its TypeScript sources (scripts/cli/) or from the bundle
 * (dist-cli/), which sit at different depths.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown }).name === 'parktwin') return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('parktwin: cannot find the package.json of parktwin above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
