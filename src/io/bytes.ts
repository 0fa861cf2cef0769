/** Byte values the JSON scanners look at. */
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;
export const LBRACKET = 0x5b;
export const RBRACKET = 0x5d;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const TAB = 0x09;
/** ASCII record separator: starts each text of a GeoJSON text sequence (RFC 8142). */
export const RS = 0x1e;
export const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function isJsonWhitespace(byte: number): boolean {
  return byte === SPACE || byte === LF || byte === CR || byte === TAB;
}
