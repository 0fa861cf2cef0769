import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The previous release's command line, built from git beside this checkout, so a benchmark can run
 * it side by side with this one (interleaved runs on the same machine state: the ratio holds even
 * when the machine is shared, which stored figures from another day do not). The release is a git
 * ref (scripts/bench/baselines/previous-release.json); its tree is checked out once into
 * .cache/previous-release/<commit> (a detached git worktree), shares this checkout's node_modules
 * and is bundled with its own build script. Returns the path of its `cli.mjs`, or a reason.
 */
export function previousReleaseCli(root: string, ref: string): { cli: string; commit: string } | { reason: string } {
  const git = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const resolved = git(['rev-parse', '--verify', `${ref}^{commit}`]);
  if (resolved.status !== 0) return { reason: `the previous release ${ref} is not in this clone's history (git fetch it, or pass --previous <ref>)` };
  const commit = resolved.stdout.trim();
  const dir = join(root, '.cache', 'previous-release', commit.slice(0, 12));
  const cli = join(dir, 'dist-cli', 'cli.mjs');
  const stamp = join(dir, '.parktwin-bench-built');
  if (existsSync(stamp) && existsSync(cli)) return { cli, commit };
  if (!existsSync(dir)) {
    const added = git(['worktree', 'add', '--detach', dir, commit]);
    if (added.status !== 0) return { reason: `git worktree add failed: ${added.stderr.trim()}` };
  }
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const built = spawnSync(process.execPath, ['scripts/build/buildCli.mjs'], { cwd: dir, encoding: 'utf8' });
  if (built.status !== 0 || !existsSync(cli)) return { reason: `building the previous release's command line failed: ${built.stderr.trim()}` };
  writeFileSync(stamp, `${commit}\n`);
  return { cli, commit };
}

/** The ref recorded as the previous release, if the file names one. */
export function recordedPreviousRelease(file: string): { ref: string; note: string } | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as { ref: string; note: string };
}
