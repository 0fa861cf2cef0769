import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

const SIBLINGS = ['.dbf', '.prj', '.cpg'];

/**
 * The files beside a loose `.shp` with the same base name (any case: Windows tools write `.DBF`),
 * by lower-case extension. Empty for any other input.
 */
export async function shapefileSiblings(path: string): Promise<Record<string, Uint8Array>> {
  if (path === '-' || extname(path).toLowerCase() !== '.shp') return {};
  const dir = dirname(path);
  const base = basename(path, extname(path)).toLowerCase();
  const out: Record<string, Uint8Array> = {};
  for (const name of await readdir(dir)) {
    const ext = extname(name).toLowerCase();
    if (SIBLINGS.includes(ext) && basename(name, extname(name)).toLowerCase() === base) out[ext] = await readFile(join(dir, name));
  }
  return out;
}
