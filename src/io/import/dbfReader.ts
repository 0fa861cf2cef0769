/** A dBASE (.dbf) table as the attribute part of a shapefile. */

/** A cell: text, number, boolean, or null for an empty cell or the `***` null marker. */
export type DbfValue = string | number | boolean | null;

export interface DbfTable {
  columns: string[];
  /** One object per record, in file order, deleted records included (see `deleted`). */
  rows: Record<string, DbfValue>[];
  deleted: boolean[];
}

interface DbfField {
  name: string;
  type: string;
  offset: number;
  length: number;
}

const ASTERISK = 0x2a;
const SPACE = 0x20;

/** ASCII whitespace, which String.prototype.trim would take off too. */
function isAsciiSpace(b: number): boolean {
  return b === SPACE || (b >= 0x09 && b <= 0x0d);
}

/**
 * A cell's text up to its first NUL, trimmed of ASCII white space before decoding: only the
 * characters are decoded (a 254-byte text field is mostly padding), ASCII without a decoder call.
 * The caller's trim() takes off what Unicode white space is left, as it did on the whole cell.
 */
function cellText(bytes: Uint8Array, start: number, end: number, decoder: TextDecoder): string {
  let stop = start;
  let ascii = true;
  while (stop < end && bytes[stop] !== 0) {
    if (bytes[stop] >= 0x80) ascii = false;
    stop++;
  }
  let from = start;
  while (from < stop && isAsciiSpace(bytes[from])) from++;
  while (stop > from && isAsciiSpace(bytes[stop - 1])) stop--;
  if (from === stop) return '';
  if (!ascii) return decoder.decode(bytes.subarray(from, stop));
  // A cell is at most 255 bytes: well within the argument limit of apply.
  return String.fromCharCode.apply(null, bytes.subarray(from, stop) as unknown as number[]);
}

/**
 * A field name. dBASE allows 10 bytes, and GDAL cuts longer names there even inside a character
 * (`地块编号` in UTF-8 becomes `地块编` plus one byte): a broken last character is dropped.
 */
function fieldName(bytes: Uint8Array, encoding: string): string {
  const fatal = new TextDecoder(encoding, { fatal: true });
  for (let end = bytes.length; end > 0 && end >= bytes.length - 3; end--) {
    try {
      return fatal.decode(bytes.subarray(0, end)).trim();
    } catch {
      // a character cut in two: try one byte shorter
    }
  }
  return new TextDecoder(encoding).decode(bytes).trim();
}

function fieldsOf(bytes: Uint8Array, headerLength: number, decoder: TextDecoder): DbfField[] {
  const fields: DbfField[] = [];
  let offset = 1; // the record's deletion flag
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    let nameEnd = at;
    while (nameEnd < at + 11 && bytes[nameEnd] !== 0) nameEnd++;
    const name = fieldName(bytes.subarray(at, nameEnd), decoder.encoding);
    const length = bytes[at + 16];
    fields.push({ name, type: String.fromCharCode(bytes[at + 11]).toUpperCase(), offset, length });
    offset += length;
  }
  return fields;
}

/** The record as text when every byte is ASCII, else null. */
function asciiRecord(bytes: Uint8Array, start: number, end: number): string | null {
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) return null;
  // A record is a few hundred bytes: well within the argument limit of apply.
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}

/** Blank, NUL-filled or `***` (the null marker GDAL and ArcGIS write): no value. */
function isNullMarker(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] !== ASTERISK && bytes[i] !== SPACE && bytes[i] !== 0) return false;
  return true;
}

/**
 * A cell's value. `ascii`: the record's characters when the whole record is ASCII (numbers, dates,
 * codes; most records): then a cell is a slice of it, with no decoder call per cell.
 */
function cellValue(bytes: Uint8Array, start: number, field: DbfField, decoder: TextDecoder, ascii: string | null, recordStart: number): DbfValue {
  const end = start + field.length;
  if (ascii === null && isNullMarker(bytes, start, end)) return null;
  const raw = ascii !== null ? ascii.slice(start - recordStart, end - recordStart) : cellText(bytes, start, end, decoder);
  const nul = raw.indexOf('\0');
  const text = (nul >= 0 ? raw.slice(0, nul) : raw).trim();
  if (text === '' || (text.charCodeAt(0) === ASTERISK && /^\*+$/.test(text))) return null;
  switch (field.type) {
    case 'N':
    case 'F': {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'D':
      // Kept as the calendar date written, never a Date object: a time zone cannot shift it.
      return /^\d{8}$/.test(text) ? (text === '00000000' ? null : `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`) : text;
    case 'L': {
      const c = text[0].toUpperCase();
      if (c === 'T' || c === 'Y') return true;
      if (c === 'F' || c === 'N') return false;
      return null;
    }
    default:
      return text;
  }
}

/**
 * A .dbf opened for reading record by record: the header is read now, each record when asked for,
 * so a whole-file layer held between the import step's inspection and its read holds the bytes,
 * not 100k row objects (the inspection needs only the column names).
 */
export interface DbfRecords {
  columns: string[];
  /** Whole records in the file (the header's count, or fewer when the file is cut short). */
  count: number;
  /** True when record `r` (0 ≤ r < count) carries the deletion mark. */
  isDeleted(r: number): boolean;
  /** Record `r` (0 ≤ r < count) as column → value, a new object each call. */
  row(r: number): Record<string, DbfValue>;
}

/** Opens a .dbf with text in `encoding`. Throws Error with a sentence when the header is broken. */
export function openDbf(bytes: Uint8Array, encoding: string): DbfRecords {
  if (bytes.length < 32) throw new Error('its .dbf is shorter than a dBASE header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const decoder = new TextDecoder(encoding);
  const fields = fieldsOf(bytes, headerLength, decoder);
  // Records are read up to the first one the file cuts short.
  const whole = recordLength > 0 ? Math.floor((bytes.length - headerLength) / recordLength) : headerLength <= bytes.length ? recordCount : 0;
  const count = Math.max(0, Math.min(recordCount, whole));
  return {
    columns: fields.map((f) => f.name),
    count,
    isDeleted: (r) => bytes[headerLength + r * recordLength] === ASTERISK,
    row(r) {
      const start = headerLength + r * recordLength;
      const row: Record<string, DbfValue> = {};
      const ascii = asciiRecord(bytes, start, start + recordLength);
      for (const field of fields) row[field.name] = cellValue(bytes, start + field.offset, field, decoder, ascii, start);
      return row;
    },
  };
}

/** Reads a whole .dbf with text in `encoding`. Throws Error with a sentence when the header is broken. */
export function readDbf(bytes: Uint8Array, encoding: string): DbfTable {
  const records = openDbf(bytes, encoding);
  const rows: Record<string, DbfValue>[] = [];
  const deleted: boolean[] = [];
  for (let r = 0; r < records.count; r++) {
    rows.push(records.row(r));
    deleted.push(records.isDeleted(r));
  }
  return { columns: records.columns, rows, deleted };
}
