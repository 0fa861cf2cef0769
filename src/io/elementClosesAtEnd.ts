import { BACKSLASH, LBRACE, LBRACKET, LF, QUOTE, RBRACE, RBRACKET } from './bytes.ts';

/**
 * Whether the array scanner's byte scan, starting at `bytes[0]` (a `{` between elements), would
 * end this element exactly at the last byte: its brackets balance there and not before, outside
 * strings (a raw line break ends a string, as in the scanner). Confirms a line that was taken
 * unscanned and did not parse (see DeferringFeatureDecoder); a line that parses needs no check.
 */
export function elementClosesAtEnd(bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (n < 2 || bytes[0] !== LBRACE) return false;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === QUOTE) {
      for (i++; i < n; i++) {
        const d = bytes[i];
        if (d === QUOTE || d === LF) break;
        if (d === BACKSLASH) i++;
      }
      // A string still open at the end: the scan would go on into the next line.
      if (i >= n) return false;
      continue;
    }
    if (c === LBRACE || c === LBRACKET) depth++;
    else if ((c === RBRACE || c === RBRACKET) && --depth === 0) return i === n - 1;
  }
  return false;
}
