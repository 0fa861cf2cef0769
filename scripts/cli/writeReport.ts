import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { CliError } from './cliError.ts';
import { fileErrorReason } from './fileErrorReason.ts';

/** Bytes a report file's stream buffers before write() asks the writer to wait. */
const REPORT_BUFFER_BYTES = 4 << 20;

/** Writes strings to a stream, waiting for 'drain' when its buffer is full. */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let failure: Error | undefined;
  const onError = (error: Error) => {
    failure = error;
  };
  stream.on('error', onError);
  try {
    for (const chunk of chunks) {
      if (failure) break;
      // once() rejects if the stream errors (EPIPE, disk full) while we wait.
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
  } finally {
    stream.off('error', onError);
  }
  if (failure) throw failure;
}

/**
 * A report file written under a temporary name and renamed when complete, so a failed run never
 * leaves a half-written report where a good one is expected. Opened before the (long) analysis, so a
 * bad --out path fails at once.
 */
export class ReportFile {
  readonly path: string;
  private readonly tempPath: string;
  private readonly stream: WriteStream;

  private constructor(path: string, tempPath: string, stream: WriteStream) {
    this.path = path;
    this.tempPath = tempPath;
    this.stream = stream;
  }

  static async open(path: string): Promise<ReportFile> {
    // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written in place: renaming a temporary
    // file over it would replace it with a regular file (as root, /dev/null itself).
    const existing = await stat(path).catch(() => null);
    const tempPath = existing !== null && !existing.isFile() ? path : `${path}.partial-${process.pid}`;
    // Report pieces are ~1 Mi characters (ChunkedText): a buffer that holds one means one wait per piece, not 64.
    const stream = createWriteStream(tempPath, { highWaterMark: REPORT_BUFFER_BYTES });
    try {
      await once(stream, 'open');
    } catch (error) {
      throw new CliError(`cannot write ${path}: ${fileErrorReason(error, 'write')}`);
    }
    return new ReportFile(path, tempPath, stream);
  }

  /** Writes the chunks and leaves the file open for more (the report's head while the quality report is computed). */
  async append(chunks: Iterable<string>): Promise<void> {
    await writeChunks(this.stream, chunks);
  }

  /** Writes the last chunks and completes the file. */
  async write(chunks: Iterable<string>): Promise<void> {
    await writeChunks(this.stream, chunks);
    this.stream.end();
    await once(this.stream, 'finish');
    if (this.tempPath !== this.path) await rename(this.tempPath, this.path);
  }

  async discard(): Promise<void> {
    this.stream.destroy();
    if (this.tempPath !== this.path) await unlink(this.tempPath).catch(() => {});
  }
}
