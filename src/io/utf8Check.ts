import { ReadError } from './readError.ts';

/**
 * Throws a ReadError when the head of a text input is not UTF-8. A GBK/GB18030 file (what many
 * Chinese Windows tools write) would otherwise show up as one invalid-encoding issue per plot.
 * The head may end inside a character; that is not an error.
 */
export function assertUtf8Head(head: Uint8Array): void {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    throw new ReadError(
      'encoding',
      'it is not UTF-8 text (perhaps GBK/GB18030, as Chinese Windows tools often save); save it as UTF-8',
    );
  }
}
