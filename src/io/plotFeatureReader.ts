import { DATE_FIELDS, NUMERIC_FIELDS } from '../schema/index.ts';
import {
  ABSENT,
  DAY,
  FIELD_SLOT,
  NULL,
  NUMBER,
  PlotFieldValues,
  SLOT_ENTERPRISE,
  SLOT_EVALUATIONS,
  SLOT_ID,
  SLOT_NAME,
  VALUE,
} from '../validate/plotFieldValues.ts';
import { asciiBytes, ByteKeyTable, sameBytes } from './byteKeyTable.ts';
import { cleanEvaluationsAt } from './evaluationBytes.ts';
import { FeatureByteParser } from './featureByteParser.ts';
import { isoDayAt } from './isoDayBytes.ts';
import { ESCAPED, JsonByteValues, literalAt, skipWhitespace } from './jsonByteValues.ts';

// Local byte constants (see featureByteParser.ts: imported bindings can become getter calls).
const QUOTE = 0x22;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

const NUMERIC_SLOTS = NUMERIC_FIELDS.length;
const DATE_SLOTS_END = NUMERIC_FIELDS.length + DATE_FIELDS.length;
/** Distinct property names remembered; a file with more reads the features with new ones through JSON.parse. */
const MAX_KEYS = 10_000;

const TYPE = asciiBytes('type');
const ID = asciiBytes('id');
const PROPERTIES = asciiBytes('properties');
const GEOMETRY = asciiBytes('geometry');
const FEATURE = asciiBytes('Feature');

/** Where the read feature goes: asked once per property name whether it reaches validation as it is. */
export interface PropertyNamePolicy {
  /** False for a name the field mapping renames or converts (Chinese column names): such features take JSON.parse. */
  passesUnchanged(name: string): boolean;
}

interface KeyEntry {
  name: string;
  bytes: Uint8Array;
  /** Contract slot, or -1 for another property. */
  slot: number;
  /** The policy's answer, asked once the name is first seen in a feature read whole. */
  passes: boolean | undefined;
  /** Serial of the last feature the name was seen in: a repeated name is left to JSON.parse. */
  seenIn: number;
  /** The name seen after this one last time: names come in the same order feature after feature. */
  next: KeyEntry | null;
}

/**
 * Reads a GeoJSON plot Feature straight from its bytes into PlotFieldValues, building no object
 * per feature: numbers are parsed from the bytes, valid `YYYY-MM-DD` dates become day numbers,
 * clean evaluation lists go into arrays, codes are shared strings and only ids, names and other
 * text the table keeps are decoded. The geometry is read as FeatureByteParser reads it.
 *
 * It takes only what it is sure gives exactly what JSON.parse + validation gives: strictly valid
 * JSON and UTF-8 throughout, `type` "Feature" (or absent), properties an object with no repeated
 * name, no name with an escape or starting with a digit (for-in would list those first), every
 * contract field a scalar except evaluations as a list of `{year, pass, score?}` entries each
 * fit for use, a Polygon/MultiPolygon geometry, and no property the field mapping would change.
 * Anything else returns undefined, and the caller parses the whole feature with JSON.parse.
 */
export class PlotFeatureReader {
  private readonly values = new PlotFieldValues();
  private readonly geometryReader = new FeatureByteParser();
  private readonly json = new JsonByteValues(this.geometryReader);
  private readonly keys = new ByteKeyTable<KeyEntry>(MAX_KEYS);
  /** Names seen for the first time in this feature, planned only once it is read whole. */
  private readonly newKeys: KeyEntry[] = [];
  private firstKey: KeyEntry | null = null;
  private serial = 0;

  /** The feature's fields, or undefined: use JSON.parse. Valid until the next call. */
  read(b: Uint8Array, policy: PropertyNamePolicy): PlotFieldValues | undefined {
    const v = this.values;
    v.clear();
    v.hasType = false;
    if (this.newKeys.length > 0) this.newKeys.length = 0;
    this.serial++;
    let seenProperties = false;
    let seenGeometry = false;
    let seenId = false;
    let i = skipWhitespace(b, 0);
    if (b[i] !== LBRACE) return undefined;
    i = skipWhitespace(b, i + 1);
    for (;;) {
      if (b[i] !== QUOTE) return undefined;
      const keyEnd = this.json.scanString(b, i);
      if (keyEnd < 0 || this.json.flags !== 0) return undefined;
      const keyStart = i + 1;
      i = skipWhitespace(b, keyEnd);
      if (b[i] !== COLON) return undefined;
      i = skipWhitespace(b, i + 1);
      // The name's length picks the one member name to compare.
      const length = keyEnd - 1 - keyStart;
      if (length === PROPERTIES.length && sameBytes(PROPERTIES, b, keyStart, keyEnd - 1)) {
        if (seenProperties || b[i] !== LBRACE) return undefined;
        seenProperties = true;
        i = this.properties(b, i);
      } else if (length === GEOMETRY.length && sameBytes(GEOMETRY, b, keyStart, keyEnd - 1)) {
        if (seenGeometry || b[i] !== LBRACE) return undefined;
        seenGeometry = true;
        i = this.geometryReader.geometryAt(b, i);
        if (i >= 0) v.geometry = this.geometryReader.flatGeometry();
      } else if (length === TYPE.length && sameBytes(TYPE, b, keyStart, keyEnd - 1)) {
        if (v.hasType || b[i] !== QUOTE) return undefined;
        v.hasType = true;
        const end = this.json.scanString(b, i);
        if (end < 0 || !sameBytes(FEATURE, b, i + 1, end - 1)) return undefined;
        i = end;
      } else if (length === ID.length && sameBytes(ID, b, keyStart, keyEnd - 1)) {
        if (seenId) return undefined;
        seenId = true;
        i = this.featureId(b, i);
      } else {
        // A foreign member (bbox, a GDAL or QGIS extra): read past, strictly.
        i = this.json.skipValue(b, i, 0);
      }
      if (i < 0) return undefined;
      i = skipWhitespace(b, i);
      if (b[i] === COMMA) {
        i = skipWhitespace(b, i + 1);
        continue;
      }
      if (b[i] !== RBRACE) return undefined;
      break;
    }
    if (skipWhitespace(b, i + 1) !== b.length || !seenProperties || !seenGeometry) return undefined;
    // Only now, the feature being whole, may the mapping see its new names (it lists them).
    for (let k = 0; k < this.newKeys.length; k++) {
      const entry = this.newKeys[k];
      entry.passes ??= policy.passesUnchanged(entry.name);
      if (!entry.passes) return undefined;
    }
    return v;
  }

  /** The Feature's `id` member: a scalar into v.featureId; the index after it, or -1. */
  private featureId(b: Uint8Array, start: number): number {
    const v = this.values;
    const c = b[start];
    if (c === QUOTE) {
      const end = this.json.scanString(b, start);
      if (end < 0) return -1;
      const id = this.json.stringValue(b, start, end, false);
      if (id === null) return -1;
      v.featureId = id;
      return end;
    }
    if (c === MINUS || (c >= ZERO && c <= NINE)) {
      const end = this.geometryReader.numberAt(b, start);
      if (end >= 0) v.featureId = this.geometryReader.lastNumber;
      return end;
    }
    const literal = literalAt(b, start);
    if (literal === 0) return -1;
    v.featureId = literal === 1 ? true : literal === 2 ? false : null;
    return start + (literal === 2 ? 5 : 4);
  }

  /** The properties object at `start` ('{'); the index after it, or -1. */
  private properties(b: Uint8Array, start: number): number {
    const v = this.values;
    let i = skipWhitespace(b, start + 1);
    if (b[i] === RBRACE) return i + 1;
    let previous: KeyEntry | null = null;
    let guess = this.firstKey;
    for (;;) {
      if (b[i] !== QUOTE) return -1;
      const keyEnd = this.json.scanString(b, i);
      if (keyEnd < 0 || (this.json.flags & ESCAPED) !== 0) return -1;
      const first = b[i + 1];
      if (first >= ZERO && first <= NINE) return -1;
      let entry: KeyEntry | null | undefined = guess !== null && sameBytes(guess.bytes, b, i + 1, keyEnd - 1) ? guess : this.keys.get(b, i + 1, keyEnd - 1);
      if (entry === undefined) entry = this.newKey(b, i + 1, keyEnd - 1, this.json.flags === 0);
      if (entry === null || entry.passes === false || entry.seenIn === this.serial) return -1;
      entry.seenIn = this.serial;
      if (entry.passes === undefined) this.newKeys.push(entry);
      if (previous === null) this.firstKey = entry;
      else previous.next = entry;
      previous = entry;
      guess = entry.next;
      i = skipWhitespace(b, keyEnd);
      if (b[i] !== COLON) return -1;
      i = skipWhitespace(b, i + 1);
      if (entry.slot < 0) {
        v.otherKeys.push(entry.name);
        i = this.json.skipValue(b, i, 1);
      } else {
        i = this.fieldValue(b, i, entry.slot);
      }
      if (i < 0) return -1;
      i = skipWhitespace(b, i);
      if (b[i] === COMMA) {
        i = skipWhitespace(b, i + 1);
        continue;
      }
      return b[i] === RBRACE ? i + 1 : -1;
    }
  }

  /** An entry for a name not seen before; null when its bytes are not UTF-8 or the table is full. */
  private newKey(b: Uint8Array, start: number, end: number, ascii: boolean): KeyEntry | null {
    const name = this.json.text.decode(b, start, end, ascii);
    if (name === null) return null;
    const entry: KeyEntry = { name, bytes: b.slice(start, end), slot: FIELD_SLOT.get(name) ?? -1, passes: undefined, seenIn: 0, next: null };
    return this.keys.set(b, start, end, entry) ? entry : null;
  }

  /** A contract field's value at `start` into its slot; the index after it, or -1. */
  private fieldValue(b: Uint8Array, start: number, slot: number): number {
    const v = this.values;
    if (v.kinds[slot] !== ABSENT) return -1;
    const c = b[start];
    if (c === QUOTE) {
      const end = this.json.scanString(b, start);
      if (end < 0) return -1;
      if (slot >= NUMERIC_SLOTS && slot < DATE_SLOTS_END && this.json.flags === 0 && end - start === 12) {
        const day = isoDayAt(b, start + 1);
        if (day !== null) {
          v.kinds[slot] = DAY;
          v.numbers[slot] = day;
          return end;
        }
      }
      // Ids and labels are kept per plot, each its own; codes and sub-park ids repeat: shared.
      const own = slot === SLOT_ID || slot === SLOT_NAME || slot === SLOT_ENTERPRISE;
      const text = this.json.stringValue(b, start, end, !own);
      if (text === null) return -1;
      v.kinds[slot] = VALUE;
      v.values[slot] = text;
      return end;
    }
    if (c === MINUS || (c >= ZERO && c <= NINE)) {
      const end = this.geometryReader.numberAt(b, start);
      if (end < 0) return -1;
      v.kinds[slot] = NUMBER;
      v.numbers[slot] = this.geometryReader.lastNumber;
      return end;
    }
    if (c === LBRACKET) return slot === SLOT_EVALUATIONS ? cleanEvaluationsAt(b, start, this.json, this.values) : -1;
    const literal = literalAt(b, start);
    if (literal === 0) return -1;
    if (literal === 3) v.kinds[slot] = NULL;
    else {
      v.kinds[slot] = VALUE;
      v.values[slot] = literal === 1;
    }
    return start + (literal === 2 ? 5 : 4);
  }
}
