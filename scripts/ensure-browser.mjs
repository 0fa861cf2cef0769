#!/usr/bin/env node
// Browser tests drive Debian's Chromium (browsers cannot be downloaded here). On a fresh Debian
// machine where we are root, install it (and a CJK font so Chinese renders in screenshots, and
// poppler-utils, with which the brief test reads its PDFs); else say exactly what is missing. Plain Node, no dependencies: it runs before anything is built.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
const hasCjkFont = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
const hasPoppler = existsSync('/usr/bin/pdfinfo') && existsSync('/usr/bin/pdffonts') && existsSync('/usr/bin/pdftotext');
if (found && hasCjkFont && hasPoppler) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.error('parktwin: installing Debian chromium, fonts-noto-cjk and poppler-utils for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk poppler-utils unzip', { stdio: ['ignore', 'ignore', 'inherit'] });
  process.exit(0);
}
if (found && !hasPoppler) console.error('parktwin: poppler-utils (pdfinfo, pdffonts, pdftotext) not found; the brief test needs them (apt-get install poppler-utils).');
if (found) {
  if (!hasCjkFont) console.error('parktwin: no CJK font found (fonts-noto-cjk); Chinese text in browser screenshots may render as boxes.');
  process.exit(0);
}
console.error('parktwin: browser tests need Chromium. Install it (Debian: apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.');
process.exit(1);
