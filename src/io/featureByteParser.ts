import { FlatGeometry } from '../validate/flatGeometry.ts';
import { asciiBytes } from './byteKeyTable.ts';

// Local byte constants: under tsx/esbuild an imported binding can become a getter call (see
// arrayElementScanner.ts), which costs more than the loops below.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

const MAX_EXACT_MANTISSA = 2 ** 53 - 1;
/** 10^0..10^22: exactly representable, so m × 10^e and m / 10^e round once (Clinger's fast path). */
const POW10 = Array.from({ length: 23 }, (_, e) => Number(`1e${e}`));

const GEOMETRY = asciiBytes('geometry');
/** Quotes looked at back from the end for a trailing geometry's key: "type", "Polygon", "coordinates" and its own. */
const MAX_TRAILING_QUOTES = 8;
const TYPE = asciiBytes('type');
const COORDINATES = asciiBytes('coordinates');
const POLYGON = asciiBytes('Polygon');
const NULL_CLOSE = asciiBytes('null}');
const MULTI_POLYGON = asciiBytes('MultiPolygon');

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Reads one GeoJSON Feature from its bytes without building an array per position: the geometry's
 * numbers are parsed from the bytes into one flat array (a FlatGeometry), and only the rest of the
 * feature (type, id, properties, with `null` where the geometry was) goes through JSON.parse.
 *
 * It takes only features it is sure of: the geometry is an object with exactly `type` ("Polygon" or
 * "MultiPolygon", the nesting depth agreeing) and `coordinates`, no list empty, every position two
 * or more numbers, strictly valid JSON throughout, and `geometry` a top-level key once. Anything
 * else (any error case, escapes in those keys, a `bbox`) returns undefined and the caller parses
 * the whole feature with JSON.parse as before, so its issues are exactly what they were. Numbers
 * are the same doubles JSON.parse gives: Clinger's exact fast path, else Number() of the text.
 */
export class FeatureByteParser {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  // A plain array, new for each feature (it goes with it): a Float64Array of more than 64 bytes
  // gets its own off-heap buffer, which cost more to make and collect than the array.
  private xy: number[] = [];
  // Plain arrays, new for each feature (they go with it): cheaper to make than typed ones.
  private ringPositions: number[] = [];
  private polygonRings: number[] = [];
  /** Nesting of the coordinates: 3 for a Polygon's, 4 for a MultiPolygon's. */
  private depth = 0;
  private geometryType: 'Polygon' | 'MultiPolygon' | null = null;
  /** Scratch for textWithNullGeometry. */
  private text = new Uint8Array(1 << 12);
  /** The value of the last number parsed. */
  private number = 0;

  /** The feature (its geometry a FlatGeometry), or undefined: use JSON.parse. */
  parse(bytes: Uint8Array): unknown {
    const n = bytes.length;
    if (n < 2 || bytes[0] !== LBRACE) return undefined;
    const trailing = this.parseTrailingGeometry(bytes);
    if (trailing !== undefined) return trailing;
    let geometryStart = -1;
    let geometryEnd = -1;
    let depth = 0;
    let i = 0;
    while (i < n) {
      const c = bytes[i];
      if (c === QUOTE) {
        const end = stringEnd(bytes, i);
        if (end < 0) return undefined;
        if (depth === 1) {
          // A key at the top level is followed by a colon; a value string by , or }.
          let j = end;
          while (j < n && isWhitespace(bytes[j])) j++;
          // A top-level key with an escape might spell "geometry" (JSON.parse keeps the last one).
          if (j < n && bytes[j] === COLON && hasBackslash(bytes, i, end)) return undefined;
          if (j < n && bytes[j] === COLON && isKey(bytes, i, end, GEOMETRY)) {
            if (geometryStart >= 0) return undefined;
            j++;
            while (j < n && isWhitespace(bytes[j])) j++;
            if (j >= n || bytes[j] !== LBRACE) return undefined;
            geometryStart = j;
            geometryEnd = this.geometry(bytes, j);
            if (geometryEnd < 0) return undefined;
            i = geometryEnd;
            continue;
          }
        }
        i = end;
        continue;
      }
      if (c === LBRACE || c === LBRACKET) depth++;
      else if (c === RBRACE || c === RBRACKET) depth--;
      i++;
    }
    if (geometryStart < 0) return undefined;
    let value: unknown;
    try {
      const text = this.utf8.decode(bytes.subarray(0, geometryStart)) + 'null' + this.utf8.decode(bytes.subarray(geometryEnd));
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    return this.withGeometry(value);
  }

  /** The parsed rest of the feature with the geometry just read, or undefined when it is not an object. */
  private withGeometry(value: unknown): unknown {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    (value as { geometry: unknown }).geometry = this.flatGeometry();
    return value;
  }

  /**
   * The common layout, `"geometry": {…}` as the last member (GDAL, QGIS, our writers): found by
   * looking back from the end, so the properties' bytes are never scanned here. JSON.parse of
   * everything before it plus `null}` then proves it is a top-level member, and the last one
   * (JSON.parse keeps the last of repeated keys, so earlier ones do not matter). Undefined when
   * the feature is not laid out so, or not valid.
   */
  private parseTrailingGeometry(bytes: Uint8Array): unknown {
    const last = bytes.length - 1;
    if (bytes[last] !== RBRACE) return undefined;
    // The geometry object's closing brace, then back to its "geometry" key: the only quotes in
    // between are the geometry's own keys and type.
    let k = last - 1;
    while (k > 0 && isWhitespace(bytes[k])) k--;
    if (bytes[k] !== RBRACE) return undefined;
    let quotes = 0;
    for (let q = bytes.lastIndexOf(QUOTE, k); q > 0 && quotes < MAX_TRAILING_QUOTES; q = bytes.lastIndexOf(QUOTE, q - 1), quotes++) {
      if (q < GEOMETRY.length + 1 || bytes[q - GEOMETRY.length - 1] !== QUOTE || !isKey(bytes, q - GEOMETRY.length - 1, q + 1, GEOMETRY)) continue;
      let j = skipWhitespace(bytes, q + 1);
      if (bytes[j] !== COLON) return undefined;
      j = skipWhitespace(bytes, j + 1);
      if (bytes[j] !== LBRACE) return undefined;
      const geometryEnd = this.geometry(bytes, j);
      if (geometryEnd !== k + 1) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(this.textWithNullGeometry(bytes, j));
      } catch {
        return undefined;
      }
      return this.withGeometry(value);
    }
    return undefined;
  }

  /**
   * The feature's text up to its trailing geometry (`end`) followed by `null}`, decoded at once
   * from a scratch copy: a flat string for JSON.parse, where concatenating two strings would
   * make it flatten (copy) the result first.
   */
  private textWithNullGeometry(bytes: Uint8Array, end: number): string {
    if (end + NULL_CLOSE.length > this.text.length) this.text = new Uint8Array(2 * (end + NULL_CLOSE.length));
    const text = this.text;
    text.set(bytes.subarray(0, end));
    text.set(NULL_CLOSE, end);
    return this.utf8.decode(text.subarray(0, end + NULL_CLOSE.length));
  }

  /**
   * For the plot feature reader: parses a Polygon/MultiPolygon geometry object at `start` ('{')
   * as `parse` does; the index after it, or -1 when it is not one this reader takes.
   */
  geometryAt(b: Uint8Array, start: number): number {
    return this.geometry(b, start);
  }

  /** The geometry `geometryAt` just read. */
  flatGeometry(): FlatGeometry {
    return new FlatGeometry(this.geometryType as 'Polygon' | 'MultiPolygon', this.xy, this.ringPositions, this.polygonRings);
  }

  /** The value of the number `numberAt` just read. */
  get lastNumber(): number {
    return this.number;
  }

  /** Parses the geometry object at `start` ('{'); the index after its '}', or -1. */
  private geometry(b: Uint8Array, start: number): number {
    const n = b.length;
    let typeSeen = false;
    let coordinatesSeen = false;
    let i = skipWhitespace(b, start + 1);
    if (i < n && b[i] === RBRACE) return -1;
    for (;;) {
      if (i >= n || b[i] !== QUOTE) return -1;
      const keyEnd = stringEnd(b, i);
      if (keyEnd < 0) return -1;
      const isType = isKey(b, i, keyEnd, TYPE);
      const isCoordinates = !isType && isKey(b, i, keyEnd, COORDINATES);
      i = skipWhitespace(b, keyEnd);
      if (i >= n || b[i] !== COLON) return -1;
      i = skipWhitespace(b, i + 1);
      if (isType) {
        if (typeSeen || i >= n || b[i] !== QUOTE) return -1;
        typeSeen = true;
        const end = stringEnd(b, i);
        if (end < 0) return -1;
        if (isKey(b, i, end, POLYGON)) this.geometryType = 'Polygon';
        else if (isKey(b, i, end, MULTI_POLYGON)) this.geometryType = 'MultiPolygon';
        else return -1;
        i = end;
      } else if (isCoordinates) {
        if (coordinatesSeen) return -1;
        coordinatesSeen = true;
        i = this.coordinates(b, i);
        if (i < 0) return -1;
      } else {
        return -1;
      }
      i = skipWhitespace(b, i);
      if (i >= n) return -1;
      if (b[i] === RBRACE) break;
      if (b[i] !== COMMA) return -1;
      i = skipWhitespace(b, i + 1);
    }
    if (!typeSeen || !coordinatesSeen) return -1;
    if (this.depth !== (this.geometryType === 'Polygon' ? 3 : 4)) return -1;
    return i + 1;
  }

  /** Parses Polygon (depth 3) or MultiPolygon (depth 4) coordinates at `start`; the index after them, or -1. */
  private coordinates(b: Uint8Array, start: number): number {
    // New arrays each time: reusing them (length = 0, which V8 answers by trimming the backing
    // store) measured no faster.
    this.xy = [];
    this.ringPositions = [];
    this.polygonRings = [];
    // Depth from the opening brackets: [[[ then a number is a Polygon's, [[[[ a MultiPolygon's.
    let i = start;
    let opening = 0;
    while (i < b.length && b[i] === LBRACKET && opening < 5) {
      opening++;
      i = skipWhitespace(b, i + 1);
    }
    if (opening === 3) {
      this.depth = 3;
      return this.polygon(b, start);
    }
    if (opening !== 4) return -1;
    this.depth = 4;
    i = skipWhitespace(b, start + 1);
    for (;;) {
      i = this.polygon(b, i);
      if (i < 0) return -1;
      i = skipWhitespace(b, i);
      if (i >= b.length) return -1;
      if (b[i] === RBRACKET) return i + 1;
      if (b[i] !== COMMA) return -1;
      i = skipWhitespace(b, i + 1);
    }
  }

  /** One polygon's rings at `start` ('['); the index after them, or -1. */
  private polygon(b: Uint8Array, start: number): number {
    if (b[start] !== LBRACKET) return -1;
    let rings = 0;
    let i = skipWhitespace(b, start + 1);
    for (;;) {
      i = this.ring(b, i);
      if (i < 0) return -1;
      rings++;
      i = skipWhitespace(b, i);
      if (i >= b.length) return -1;
      if (b[i] === RBRACKET) break;
      if (b[i] !== COMMA) return -1;
      i = skipWhitespace(b, i + 1);
    }
    this.polygonRings.push(rings);
    return i + 1;
  }

  /** One ring's positions at `start` ('['); the index after them, or -1. */
  private ring(b: Uint8Array, start: number): number {
    if (b[start] !== LBRACKET) return -1;
    let positions = 0;
    let i = skipWhitespace(b, start + 1);
    for (;;) {
      i = this.position(b, i);
      if (i < 0) return -1;
      positions++;
      i = skipWhitespace(b, i);
      if (i >= b.length) return -1;
      if (b[i] === RBRACKET) break;
      if (b[i] !== COMMA) return -1;
      i = skipWhitespace(b, i + 1);
    }
    this.ringPositions.push(positions);
    return i + 1;
  }

  /** One position, two or more numbers, at `start` ('['); the index after it, or -1. Keeps lon and lat. */
  private position(b: Uint8Array, start: number): number {
    if (b[start] !== LBRACKET) return -1;
    let i = this.numberAt(b, skipWhitespace(b, start + 1));
    if (i < 0) return -1;
    const x = this.number;
    i = skipWhitespace(b, i);
    if (b[i] !== COMMA) return -1;
    i = this.numberAt(b, skipWhitespace(b, i + 1));
    if (i < 0) return -1;
    const y = this.number;
    i = skipWhitespace(b, i);
    // Altitude and further members: valid GeoJSON, read and ignored (they must still be numbers).
    while (b[i] === COMMA) {
      i = this.numberAt(b, skipWhitespace(b, i + 1));
      if (i < 0) return -1;
      i = skipWhitespace(b, i);
    }
    if (b[i] !== RBRACKET) return -1;
    this.xy.push(x, y);
    return i + 1;
  }

  /** A JSON number at `start` into this.number (lastNumber); the index after it, or -1 when it is not one. */
  numberAt(b: Uint8Array, start: number): number {
    const n = b.length;
    let i = start;
    const negative = b[i] === MINUS;
    if (negative) i++;
    let mantissa = 0;
    let c = b[i];
    if (c === ZERO) {
      i++;
    } else if (c > ZERO && c <= NINE) {
      while (i < n && (c = b[i]) >= ZERO && c <= NINE) {
        mantissa = mantissa * 10 + (c - ZERO);
        i++;
      }
    } else {
      return -1;
    }
    let exponent = 0;
    if (b[i] === DOT) {
      i++;
      const first = i;
      while (i < n && (c = b[i]) >= ZERO && c <= NINE) {
        mantissa = mantissa * 10 + (c - ZERO);
        i++;
      }
      if (i === first) return -1;
      exponent = first - i;
    }
    c = b[i];
    if (c === LOWER_E || c === UPPER_E) {
      i++;
      let sign = 1;
      if (b[i] === MINUS || b[i] === PLUS) {
        if (b[i] === MINUS) sign = -1;
        i++;
      }
      const first = i;
      let e = 0;
      while (i < n && (c = b[i]) >= ZERO && c <= NINE) {
        if (e < 100_000) e = e * 10 + (c - ZERO);
        i++;
      }
      if (i === first) return -1;
      exponent += sign * e;
    }
    let value: number;
    // Exact while the digits fit in 53 bits (the sum never rounds before it passes 2^53).
    if (mantissa <= MAX_EXACT_MANTISSA && exponent >= -22 && exponent <= 22) {
      value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
    } else {
      value = Number(String.fromCharCode.apply(null, b.subarray(negative ? start + 1 : start, i) as unknown as number[]));
    }
    this.number = negative ? -value : value;
    return i;
  }
}

function skipWhitespace(b: Uint8Array, start: number): number {
  let i = start;
  while (i < b.length && isWhitespace(b[i])) i++;
  return i;
}

/** The index after the string that opens at `start`, or -1 when it does not close. */
function stringEnd(b: Uint8Array, start: number): number {
  let q = start;
  for (;;) {
    q = b.indexOf(QUOTE, q + 1);
    if (q < 0) return -1;
    let backslashes = 0;
    while (b[q - 1 - backslashes] === BACKSLASH) backslashes++;
    if ((backslashes & 1) === 0) return q + 1;
  }
}

/** Whether the string b[start..end) (quotes included) is exactly `name`, written without escapes. */
function isKey(b: Uint8Array, start: number, end: number, name: Uint8Array): boolean {
  if (end - start - 2 !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[start + 1 + k] !== name[k]) return false;
  return true;
}

function hasBackslash(b: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (b[k] === BACKSLASH) return true;
  return false;
}
