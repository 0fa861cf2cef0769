// Byte values (local copies, see arrayElementScanner.ts).
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const COMMA = 0x2c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const RBRACKET = 0x5d;

/**
 * Finds where to pick up again after a feature whose string ran into a raw line break (so its
 * brackets cannot be trusted): before the next line that starts with `{` at the indentation the
 * broken feature's own first line had (the next feature), or with `]` at that indentation or less
 * (the end of the array). Works across chunks.
 */
export class LineResync {
  private elementIndent = 0;
  private indent = 0;
  private atLineStart = false;

  /** Starts looking, just after the line break that broke the string. */
  start(elementIndent: number): void {
    this.elementIndent = elementIndent;
    this.indent = 0;
    this.atLineStart = true;
  }

  /** Indentation of the line where the resync point was found. */
  get lineIndent(): number {
    return this.indent;
  }

  /** Position of the `{` or `]` to resume at, or -1 when the chunk ends first. */
  scan(chunk: Uint8Array, start: number): number {
    for (let i = start; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === LF) {
        this.atLineStart = true;
        this.indent = 0;
        continue;
      }
      if (!this.atLineStart) continue;
      if (c === SPACE || c === TAB) {
        this.indent++;
        continue;
      }
      this.atLineStart = false;
      if ((c === LBRACE && this.indent === this.elementIndent) || (c === RBRACKET && this.indent <= this.elementIndent)) return i;
    }
    return -1;
  }
}

/**
 * For a line from `start` (a `{` at depth 0) to the line break at `lf`: the position after its
 * final `}` when the line ends in `}` or `},` (plus spaces), else 0. Used by the one-feature-per-line
 * fast path.
 */
export function lineElementEnd(chunk: Uint8Array, start: number, lf: number): number {
  let e = lf;
  while (e > start && (chunk[e - 1] === CR || chunk[e - 1] === SPACE || chunk[e - 1] === TAB)) e--;
  if (e > start && chunk[e - 1] === COMMA) e--;
  return e > start + 1 && chunk[e - 1] === RBRACE ? e : 0;
}
