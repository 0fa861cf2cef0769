/** Renders an SVG file to PNG with headless Chromium (Debian's /usr/bin/chromium). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function svgToPng(svgPath: string, pngPath: string, widthPx: number, heightPx: number): void {
  const profile = mkdtempSync(join(tmpdir(), 'parktwin-chromium-'));
  try {
    execFileSync(
      '/usr/bin/chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        `--window-size=${widthPx},${heightPx}`,
        `--screenshot=${resolve(pngPath)}`,
        `file://${resolve(svgPath)}`,
      ],
      { stdio: 'ignore', env: { ...process.env, XDG_CONFIG_HOME: profile, HOME: profile } },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
