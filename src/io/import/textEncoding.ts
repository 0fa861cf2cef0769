/**
 * Text encodings of the files planners hand over (DOMAIN.md §9): a `.cpg` label, else the `.dbf`
 * language byte, else UTF-8 when the bytes are valid UTF-8, GB18030 otherwise.
 */

/** How an encoding was chosen, for the report's `input.encoding` and the import step. */
export type EncodingSource = 'cpg' | 'dbf-language-byte' | 'bom' | 'detected' | 'declared';

export interface ChosenEncoding {
  /** A WHATWG label TextDecoder accepts: `utf-8`, `gbk`, `gb18030`, `big5`… */
  encoding: string;
  source: EncodingSource;
}

/**
 * Labels Windows and ArcGIS write into `.cpg` files that TextDecoder does not know (`936`, `CP936`,
 * `ANSI 936`): decoding with them throws, and libraries then fall back to UTF-8 silently.
 */
const CODE_PAGES: Readonly<Record<string, string>> = {
  '936': 'gbk',
  '54936': 'gb18030',
  '65001': 'utf-8',
  '950': 'big5',
  '949': 'euc-kr',
  '932': 'shift_jis',
  '1252': 'windows-1252',
  '20936': 'gbk',
};

/** A `.cpg` (or declared) label as a TextDecoder label, or null when it names nothing known. */
export function normaliseEncodingLabel(label: string): string | null {
  const text = label.replace(/^\uFEFF/, '').trim().toLowerCase();
  if (text === '') return null;
  const codePage = /^(?:ansi|cp|ms|windows|oem)?[\s_-]*(\d{3,5})$/.exec(text);
  if (codePage) return CODE_PAGES[codePage[1]] ?? null;
  if (text === 'utf8' || text === 'utf-8') return 'utf-8';
  if (text === 'gb2312' || text === 'gbk' || text === 'euc-cn') return 'gbk';
  try {
    return new TextDecoder(text).encoding;
  } catch {
    return null;
  }
}

/** The `.dbf` header's language driver id (byte 29): only those that name one encoding. */
const DBF_LANGUAGE_BYTES: Readonly<Record<number, string>> = {
  0x4d: 'gbk', // 936, Chinese (PRC) — what ArcGIS on Chinese Windows writes
  0x4e: 'euc-kr',
  0x4f: 'big5',
  0x7a: 'gbk', // ANSI 936 as written by some Chinese tools
  0x7b: 'shift_jis',
};

export function dbfLanguageEncoding(dbf: Uint8Array): string | null {
  return dbf.length > 29 ? (DBF_LANGUAGE_BYTES[dbf[29]] ?? null) : null;
}

/** True when `bytes` is valid UTF-8 (fatal decoder; no copy of the text is kept). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  // Checked byte by byte as the Encoding standard's UTF-8 decoder would (fatal): decoding instead
  // made a string of the whole input (a 48 MB .dbf: 96 MB) just to throw it away.
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return false;
    // A sequence cut by the end of the input.
    if (i + need >= n) return false;
    const second = bytes[i + 1];
    if (second < low || second > high) return false;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

/** UTF-8 when the bytes are valid UTF-8, GB18030 (a superset of GBK) otherwise. */
export function detectEncoding(bytes: Uint8Array): ChosenEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', source: 'bom' };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'gb18030', source: 'detected' };
}

/** Decodes with `encoding`, dropping a UTF-8 BOM. */
export function decodeText(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}
