// `npm run parktwin -- …`: runs the bundled command line (dist-cli/cli.mjs), building it first
// when any of its sources changed since the last build (about a second), so that a checkout that
// edits the code never runs a stale bundle. Installed users run dist-cli/cli.mjs directly (`bin`).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildCli, cliBuildIsFresh, OUT_DIR } from './build/buildCli.mjs';

if (!cliBuildIsFresh()) {
  process.stderr.write('parktwin: building the command line (its sources changed)…\n');
  await buildCli();
}
await import(pathToFileURL(join(OUT_DIR, 'cli.mjs')).href);
