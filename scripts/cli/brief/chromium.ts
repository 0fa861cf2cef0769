import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * How ParkTwin starts Debian's Chromium, for the browser tests and the `brief` command alike:
 * software WebGL (SwiftShader) and no background traffic (see STYLE notes in the README).
 */
export const CHROMIUM_ARGS: readonly string[] = ['--use-angle=swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** A fresh config folder, so Chromium's crash reporter never writes into the home folder. */
export function isolateChromiumConfig(): void {
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'parktwin-chromium-'));
}
