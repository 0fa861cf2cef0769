import { readFile } from 'node:fs/promises';
import { resolveParams, type AnalysisParams } from '../../src/index.ts';
import { CliError } from './cliError.ts';
import { fileErrorReason } from './fileErrorReason.ts';

/**
 * The parameters of a --config file, checked: a JSON object of known parameter names with numbers
 * in range. Any problem is a CliError naming the file and the key (and listing the valid keys).
 */
export async function paramsFromFile(path: string): Promise<AnalysisParams> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the parameters file ${path}: ${fileErrorReason(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(`the parameters file ${path} is not valid JSON: ${reason}`);
  }
  const resolved = resolveParams(json);
  if (!resolved.ok) throw new CliError(`invalid parameters in ${path}: ${resolved.errors.join('; ')}`);
  return resolved.params;
}
