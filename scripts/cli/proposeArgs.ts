import { CliError } from './cliError.ts';

export interface ProposeArgs {
  command: 'propose';
  plotsPath: string;
  proposalPath: string;
  subparksPath?: string;
  configPath?: string;
  asOf?: string;
  outPath?: string;
  quiet: boolean;
}

/** `propose <plots> <proposal.json>` from parsed options and the positionals after the command. */
export function proposeArgsOf(
  rest: string[],
  values: { subparks?: string; config?: string; 'as-of'?: string; out?: string; quiet?: boolean; format?: string; explain?: boolean; threads?: string },
): ProposeArgs {
  if (rest.length !== 2) throw new CliError(`propose takes a plots file and a proposal file: propose <plots> <proposal.json>, got ${rest.length} files (see --help)`);
  for (const option of ['format', 'explain', 'threads'] as const) {
    if (values[option] !== undefined) throw new CliError(`--${option} is an option of analyze, not of propose (see --help)`);
  }
  return {
    command: 'propose',
    plotsPath: rest[0],
    proposalPath: rest[1],
    subparksPath: values.subparks,
    configPath: values.config,
    asOf: values['as-of'],
    outPath: values.out,
    quiet: values.quiet ?? false,
  };
}
