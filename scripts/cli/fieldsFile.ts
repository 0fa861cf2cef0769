import { readFile } from 'node:fs/promises';
import { checkFieldMap, type FieldMapInput } from '../../src/index.ts';
import { CliError } from './cliError.ts';
import { fileErrorReason } from './fileErrorReason.ts';

/** The mapping of a --fields file, checked: a JSON object of plot field → column name. */
export async function fieldMapFromFile(path: string): Promise<FieldMapInput> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the fields file ${path}: ${fileErrorReason(error)}`);
  }
  try {
    return checkFieldMap(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(`invalid fields file ${path}: ${reason}`);
  }
}
