import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CliError } from './cliError.ts';
import { fileErrorReason } from './fileErrorReason.ts';

/** Read size: large enough to keep syscalls rare, small enough to show progress. */
export const READ_CHUNK_BYTES = 4 * 1024 * 1024;

export interface PlotsInput {
  /** As the user wrote it, for messages. */
  name: string;
  chunks: AsyncIterable<Uint8Array>;
  /** Unknown for standard input. */
  totalBytes?: number;
  /** The file's chunks from the start again; absent for standard input. */
  reopen?: () => AsyncIterable<Uint8Array>;
}

/**
 * The plots file as a stream of chunks (never one string: a million plots are ~550 MB, beyond V8's
 * string limit). "-" is standard input. A missing file or a directory is a CliError at once.
 */
export async function openPlotsInput(path: string): Promise<PlotsInput> {
  if (path === '-') return { name: 'standard input', chunks: process.stdin };
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${fileErrorReason(error)}`);
  }
  const chunks = () => createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  return { name: path, chunks: chunks(), totalBytes: size, reopen: chunks };
}
