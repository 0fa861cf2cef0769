/**
 * The sample's full briefing (cover + 23 sub-parks) through `parktwin brief`, as PDF and as PPTX,
 * each in a fresh process as a user runs it. Target: under 60 s each on this machine. The viewer is
 * built first (once) so the figures are the briefing, not the build. `--formats pdf,pptx,dir`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureViewerBuild } from '../cli/brief/viewerBuild.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TARGET_S = 60;
const arg = process.argv.indexOf('--formats');
const formats = (arg > 0 ? process.argv[arg + 1] : 'pdf,pptx').split(',');

await ensureViewerBuild(ROOT, (line) => console.error(line));
const dir = mkdtempSync(join(tmpdir(), 'parktwin-bench-brief-'));
console.log(`brief of the sample (26,818 plots, 23 sub-parks), load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const format of formats) {
  const out = format === 'dir' ? join(dir, 'pages') + '/' : join(dir, `brief.${format}`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'brief', 'data/sample/plots.geojson', '--subparks', 'data/sample/subparks.geojson', '--out', out], { cwd: ROOT, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.log(`${format}: failed (exit ${run.status}): ${run.stderr.trim().split('\n').pop()}`);
    process.exitCode = 1;
    continue;
  }
  const bytes = format === 'dir' ? readdirSync(out).reduce((n, f) => n + statSync(join(out, f)).size, 0) : statSync(out).size;
  const summary = run.stderr.trim().split('\n').pop() ?? '';
  console.log(`${format}: ${seconds.toFixed(1)} s (target < ${TARGET_S} s: ${seconds < TARGET_S ? 'met' : 'not met'}), ${(bytes / 1e6).toFixed(1)} MB — ${summary}`);
}
console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
