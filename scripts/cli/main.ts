import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisOptionsError } from '../../src/index.ts';
import { parseCliArgs } from './args.ts';
import { CliError, EXIT_INPUT, EXIT_INTERNAL, EXIT_OK } from './cliError.ts';
import { runAnalyze, type CliStreams } from './analyzeCommand.ts';
import { USAGE } from './usage.ts';
import { packageRoot } from './packageRoot.ts';
import { runPropose } from './proposeCommand.ts';

function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
  return (pkg as { version?: string }).version ?? 'unknown';
}

/** Runs one command line; returns the exit code. Never throws. */
export async function main(argv: string[], streams: CliStreams = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  try {
    // brief drives a headless browser: its code (and playwright) loads only when asked for.
    if (argv[0] === 'brief') return await (await import('./brief/briefCommand.ts')).runBrief(argv.slice(1), streams);
    const command = parseCliArgs(argv);
    if (command.command === 'help') {
      streams.stdout.write(USAGE);
      return EXIT_OK;
    }
    if (command.command === 'version') {
      streams.stdout.write(`parktwin ${packageVersion()}\n`);
      return EXIT_OK;
    }
    if (command.command === 'propose') return await runPropose(command, streams);
    return await runAnalyze(command, streams);
  } catch (error) {
    if (error instanceof CliError) {
      streams.stderr.write(`parktwin: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof AnalysisOptionsError) {
      streams.stderr.write(`parktwin: ${error.message}\n`);
      return EXIT_INPUT;
    }
    // The reader of our output went away (`parktwin analyze x | head`): stop quietly.
    if ((error as { code?: unknown } | null)?.code === 'EPIPE') return EXIT_OK;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    streams.stderr.write(`parktwin: internal error: ${message} (set PARKTWIN_DEBUG=1 for details)\n`);
    if (process.env.PARKTWIN_DEBUG && error instanceof Error) streams.stderr.write(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}
