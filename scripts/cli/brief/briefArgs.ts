import { existsSync, statSync } from 'node:fs';
import { CliError } from '../cliError.ts';
import { parsedOptions } from '../parsedOptions.ts';

export type BriefOutput = 'pdf' | 'pptx' | 'dir';

export interface BriefArgs {
  plotsPath: string;
  subparksPath?: string;
  asOf?: string;
  storyPath?: string;
  outPath: string;
  output: BriefOutput;
  language: 'zh' | 'en';
  quiet: boolean;
}

/** What --out asks for: a .pdf or .pptx file, or a folder (ending in / or existing) for PNGs. */
export function briefOutputOf(outPath: string): BriefOutput {
  const lower = outPath.toLowerCase();
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.pptx')) return 'pptx';
  if (outPath.endsWith('/') || outPath.endsWith('\\') || (existsSync(outPath) && statSync(outPath).isDirectory())) return 'dir';
  throw new CliError(`--out must be a .pdf or .pptx file, or a folder ending in "/" for PNG pages; got "${outPath}"`);
}

/** `brief <plots> [--subparks F] [--as-of D] [--story story.json] [--lang zh|en] --out FILE.pdf|FILE.pptx|DIR/`. */
export function parseBriefArgs(argv: string[]): BriefArgs {
  const { values, positionals } = parsedOptions(argv, {
    subparks: { type: 'string' },
    'as-of': { type: 'string' },
    story: { type: 'string' },
    out: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (positionals.length === 0) throw new CliError('brief needs a plots file: brief <plots> --out FILE.pdf|FILE.pptx|DIR/ (see --help)');
  if (positionals.length > 1) throw new CliError(`brief takes one plots file, got ${positionals.length}: ${positionals.join(' ')}`);
  if (!values.out) throw new CliError('brief needs --out FILE.pdf, FILE.pptx or DIR/ (see --help)');
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw new CliError(`--lang must be zh or en, got "${values.lang}"`);
  if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) throw new CliError(`--as-of must be a date YYYY-MM-DD, got "${values['as-of']}"`);
  return {
    plotsPath: positionals[0],
    subparksPath: values.subparks,
    asOf: values['as-of'],
    storyPath: values.story,
    outPath: values.out,
    output: briefOutputOf(values.out),
    language: (values.lang as 'zh' | 'en' | undefined) ?? 'zh',
    quiet: values.quiet ?? false,
  };
}
