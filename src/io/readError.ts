/**
 * Why a file could not be read at all (as opposed to a bad feature, which is an InputIssue and
 * never stops a run). The message is one sentence about the file, written to follow
 * "cannot read <file>: ", e.g. "the file is empty".
 */
export type ReadErrorCode =
  | 'empty'
  | 'binary'
  | 'html'
  | 'encoding'
  | 'not-json'
  | 'not-geojson'
  | 'truncated'
  | 'unsupported-format'
  /** Projected coordinates with no coordinate system in the file or declared (DOMAIN.md §9). */
  | 'unknown-crs';

export class ReadError extends Error {
  readonly code: ReadErrorCode;

  constructor(code: ReadErrorCode, message: string) {
    super(message);
    this.name = 'ReadError';
    this.code = code;
  }
}

export function isReadError(error: unknown): error is ReadError {
  return error instanceof ReadError;
}
