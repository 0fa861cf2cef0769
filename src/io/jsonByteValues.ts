import { asciiBytes, ByteKeyTable, sameBytes } from './byteKeyTable.ts';
import type { FeatureByteParser } from './featureByteParser.ts';
import { Utf8Text } from './utf8Text.ts';

// Local byte constants (see featureByteParser.ts: imported bindings can become getter calls).
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** `flags` of the last string scanned. */
export const ESCAPED = 1;
export const NON_ASCII = 2;

/** Nesting read past in a value nobody reads (an unknown property's); deeper goes to JSON.parse. */
const MAX_SKIP_DEPTH = 64;
/** Short values (codes, sub-park ids, dates) shared as one string each; longer ones are decoded every time. */
const MAX_SHARED_VALUE_BYTES = 32;
const MAX_SHARED_VALUES = 10_000;

const TRUE = asciiBytes('true');
const FALSE = asciiBytes('false');
const NULL_WORD = asciiBytes('null');

/**
 * Strict JSON strings and values read from bytes for the plot feature reader: finding a string's
 * end, checking and decoding it as JSON.parse and a fatal UTF-8 decoder would (refusing what they
 * refuse), sharing short repeated values, and reading past any value. Numbers are the
 * FeatureByteParser's (`numberAt`), so they are the doubles JSON.parse gives.
 */
export class JsonByteValues {
  /** Flags of the last string scanned (ESCAPED, NON_ASCII). */
  flags = 0;
  readonly text = new Utf8Text();
  private readonly shared = new ByteKeyTable<string>(MAX_SHARED_VALUES);

  constructor(readonly numbers: FeatureByteParser) {}

  /** Reads past any JSON value at `start`, checking it strictly; the index after it, or -1. */
  skipValue(b: Uint8Array, start: number, depth: number): number {
    const c = b[start];
    if (c === QUOTE) {
      const end = this.scanString(b, start);
      return end >= 0 && this.checkString(b, start, end) ? end : -1;
    }
    if (c === LBRACE || c === LBRACKET) {
      if (depth >= MAX_SKIP_DEPTH) return -1;
      const close = c === LBRACE ? RBRACE : RBRACKET;
      let i = skipWhitespace(b, start + 1);
      if (b[i] === close) return i + 1;
      for (;;) {
        if (c === LBRACE) {
          if (b[i] !== QUOTE) return -1;
          const keyEnd = this.scanString(b, i);
          if (keyEnd < 0 || !this.checkString(b, i, keyEnd)) return -1;
          i = skipWhitespace(b, keyEnd);
          if (b[i] !== COLON) return -1;
          i = skipWhitespace(b, i + 1);
        }
        i = this.skipValue(b, i, depth + 1);
        if (i < 0) return -1;
        i = skipWhitespace(b, i);
        if (b[i] === COMMA) {
          i = skipWhitespace(b, i + 1);
          continue;
        }
        return b[i] === close ? i + 1 : -1;
      }
    }
    if (c === MINUS || (c >= ZERO && c <= NINE)) return this.numbers.numberAt(b, start);
    const literal = literalAt(b, start);
    if (literal === 0) return -1;
    return start + (literal === 2 ? 5 : 4);
  }

  /**
   * Finds the end of the string whose quote is at `start`: the index after its closing quote, or
   * -1 when it does not close or holds a raw control character (JSON.parse refuses both). Sets
   * `flags` (ESCAPED, NON_ASCII); escapes themselves are checked when the string is decoded.
   */
  scanString(b: Uint8Array, start: number): number {
    const n = b.length;
    let flags = 0;
    let i = start + 1;
    while (i < n) {
      const c = b[i];
      if (c === QUOTE) {
        this.flags = flags;
        return i + 1;
      }
      if (c === BACKSLASH) {
        flags |= ESCAPED;
        i += 2;
        continue;
      }
      if (c < 0x20) return -1;
      if (c >= 0x80) flags |= NON_ASCII;
      i++;
    }
    return -1;
  }

  /** Whether the string just scanned (quotes at start and end - 1) is one JSON.parse and UTF-8 accept. */
  checkString(b: Uint8Array, start: number, end: number): boolean {
    if ((this.flags & ESCAPED) !== 0) return this.escapedString(b, start, end) !== null;
    if ((this.flags & NON_ASCII) !== 0) return this.text.isValid(b, start + 1, end - 1);
    return true;
  }

  /** The text of the string just scanned, or null when it is not valid; `share`: a short value many plots repeat. */
  stringValue(b: Uint8Array, start: number, end: number, share: boolean): string | null {
    const flags = this.flags;
    if ((flags & ESCAPED) !== 0) return this.escapedString(b, start, end);
    if (!share || end - start - 2 > MAX_SHARED_VALUE_BYTES) return this.text.decode(b, start + 1, end - 1, flags === 0);
    const known = this.shared.get(b, start + 1, end - 1);
    if (known !== undefined) return known;
    const text = this.text.decode(b, start + 1, end - 1, flags === 0);
    if (text !== null) this.shared.set(b, start + 1, end - 1, text);
    return text;
  }

  /** A string with escapes, quotes included, decoded as JSON.parse does; null when it refuses it. */
  private escapedString(b: Uint8Array, start: number, end: number): string | null {
    const raw = this.text.decode(b, start, end, false);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as string;
    } catch {
      return null;
    }
  }
}

/** The index of the first byte at or after `start` that is not JSON whitespace. */
export function skipWhitespace(b: Uint8Array, start: number): number {
  let i = start;
  for (;;) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** 1 true, 2 false, 3 null at `start`, else 0. */
export function literalAt(b: Uint8Array, start: number): number {
  // The first letter picks the one word to compare.
  const c = b[start];
  if (c === 0x74) return sameBytes(TRUE, b, start, start + 4) ? 1 : 0;
  if (c === 0x66) return sameBytes(FALSE, b, start, start + 5) ? 2 : 0;
  if (c === 0x6e) return sameBytes(NULL_WORD, b, start, start + 4) ? 3 : 0;
  return 0;
}

