import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { qualityGeometry, qualityGeometryTableOf } from '../../src/index.ts';
import { tableOf } from '../helpers/tableOf.ts';
import { plotFeature, rect } from '../quality/metrePolygons.ts';
import { FIXTURES, REPO, runCli, type CliRun } from './runCli.ts';

const DIST = join(REPO, 'dist-cli');

/** Runs the bundled command line (what `bin` and `npm run parktwin` start) as a process. */
function runBuilt(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, 'cli.mjs'), ...args], { cwd: REPO });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end();
  });
}

describe('the bundled command line (dist-cli/)', () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, ['scripts/build/buildCli.mjs'], { cwd: REPO, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  }, 120_000);

  it('is plain JavaScript that does not load tsx, and prints the package version', async () => {
    for (const file of readdirSync(DIST).filter((f) => f.endsWith('.mjs'))) {
      expect(readFileSync(join(DIST, file), 'utf8'), file).not.toMatch(/from ["']tsx|tsx\/esm/);
    }
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    const run = await runBuilt(['--version']);
    expect(run.stdout.toString()).toBe(`parktwin ${version}\n`);
  }, 60_000);

  it('writes byte for byte the report the TypeScript sources write, on one thread and on two workers', async () => {
    const args = ['analyze', join(FIXTURES, 'zizhu-small.geojson'), '--as-of', '2026-06-30', '--quiet'];
    const [fromSources, built, builtThreads] = await Promise.all([runCli(args), runBuilt(args), runBuilt([...args, '--threads', '2'])]);
    expect([fromSources.code, built.code, builtThreads.code]).toEqual([0, 0, 0]);
    expect(builtThreads.stderr).toBe('');
    expect(fromSources.stdout.length).toBeGreaterThan(1000);
    expect(built.stdout.equals(fromSources.stdout)).toBe(true);
    expect(builtThreads.stdout.equals(fromSources.stdout)).toBe(true);
  }, 120_000);

  it('reads a GeoPackage (sql.js left external, its wasm found beside it) and a zipped Shapefile as the sources do', async () => {
    for (const name of ['plots-4490.gpkg', 'plots-4326.shp.zip']) {
      const args = ['analyze', join(REPO, 'tests/fixtures/import', name), '--as-of', '2026-06-30', '--quiet'];
      const [fromSources, built] = await Promise.all([runCli(args), runBuilt(args)]);
      expect([fromSources.code, built.code], name).toEqual([0, 0]);
      expect(built.stdout.length, name).toBeGreaterThan(1000);
      expect(built.stdout.equals(fromSources.stdout), name).toBe(true);
    }
  }, 120_000);

  it('fails on unreadable input as the sources do (exit 2, one line)', async () => {
    const run = await runBuilt(['analyze', join(FIXTURES, 'truncated.geojson'), '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^parktwin: cannot read .*truncated/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('bundles the data-quality worker: it gives the geometry the sources compute in process', async () => {
    const features = Array.from({ length: 40 }, (_, i) => plotFeature(`W${i}`, [rect(i * 30, (i % 3) * 20, i * 30 + 50, (i % 3) * 20 + 40)]));
    const { table } = tableOf(features);
    const worker = new Worker(join(DIST, 'qualityWorker.mjs'));
    const reply = new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    worker.postMessage({ table: qualityGeometryTableOf(table), overlapMinM2: 1, overlapListMax: 100_000 });
    const expected = qualityGeometry(table, 1, 100_000);
    expect(expected.overlaps.total).toBeGreaterThan(10);
    expect(await reply).toEqual(expected);
  }, 60_000);
});
