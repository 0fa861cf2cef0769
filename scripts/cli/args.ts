import { CliError } from './cliError.ts';
import { parsedOptions } from './parsedOptions.ts';
import { proposeArgsOf, type ProposeArgs } from './proposeArgs.ts';
import { CrsError, parseCrs } from '../../src/index.ts';

export type ReportFormat = 'json' | 'csv';

export interface AnalyzeArgs {
  command: 'analyze';
  plotsPath: string;
  configPath?: string;
  asOf?: string;
  format: ReportFormat;
  outPath?: string;
  /** Where to write the data-quality findings as CSV. */
  qualityCsvPath?: string;
  explain: boolean;
  quiet: boolean;
  /** Parse threads; undefined = decide from the input's size. */
  threads?: number;
  /** --crs: the coordinate system of the input's coordinates (checked here). */
  crs?: string;
  /** --fields: path of a JSON field → column mapping. */
  fieldsPath?: string;
  /** --layer: shapefile base name in a zip, or GeoPackage table. */
  layer?: string;
}

export type CliCommand = AnalyzeArgs | ProposeArgs | { command: 'help' } | { command: 'version' };

/** The command a command line asks for; CliError (exit 2) for wrong usage. */
export function parseCliArgs(argv: string[]): CliCommand {
  const { values, positionals } = parsedOptions(argv, {
    config: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    'quality-csv': { type: 'string' },
    explain: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    threads: { type: 'string' },
    subparks: { type: 'string' },
    crs: { type: 'string' },
    fields: { type: 'string' },
    layer: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
  });
  if (values.help || positionals[0] === 'help') return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new CliError('no command given; try: analyze <plots> (see --help)');
  if (command === 'propose') return proposeArgsOf(rest, values);
  if (command !== 'analyze') throw new CliError(`unknown command "${command}"; the commands are analyze and propose (see --help)`);
  if (values.subparks !== undefined) throw new CliError('--subparks is an option of propose, not of analyze (see --help)');
  if (rest.length === 0) throw new CliError('analyze needs a plots file: analyze <plots> (see --help)');
  if (rest.length > 1) throw new CliError(`analyze takes one plots file, got ${rest.length}: ${rest.join(' ')}`);
  return {
    command: 'analyze',
    plotsPath: rest[0],
    configPath: values.config,
    asOf: values['as-of'],
    format: reportFormatOf(values.format, values.out),
    outPath: values.out,
    qualityCsvPath: values['quality-csv'],
    explain: values.explain ?? false,
    quiet: values.quiet ?? false,
    threads: threadsOf(values.threads),
    crs: crsOf(values.crs),
    fieldsPath: values.fields,
    layer: values.layer,
  };
}

function crsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    parseCrs(value);
  } catch (error) {
    if (error instanceof CrsError) throw new CliError(`bad --crs: ${error.message}`);
    throw error;
  }
  return value;
}

const MAX_THREADS = 64;

function threadsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_THREADS) throw new CliError(`--threads must be a whole number from 1 to ${MAX_THREADS}, got "${value}"`);
  return n;
}

function reportFormatOf(format: string | undefined, outPath: string | undefined): ReportFormat {
  if (format === undefined) return outPath?.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
  const lower = format.toLowerCase();
  if (lower === 'json' || lower === 'csv') return lower;
  throw new CliError(`unknown --format "${format}"; use json or csv`);
}
