import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cliError.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options and positionals of a command line; a CliError (exit 2) names the first thing wrong. */
export function parsedOptions<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    // parseArgs explains at length; keep the first clause ("Unknown option '--foo'").
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new CliError(`${unknown ? `unknown option ${unknown[1]}` : message.split('. ')[0]} (see --help)`);
  }
}
