/**
 * A table from short byte strings (a property name, a code) to a value, looked up straight from a
 * range of a feature's bytes: no string is decoded to find an entry. Entries are never evicted;
 * past `maxEntries` nothing more is added (`set` returns false) and the caller does without.
 */
export class ByteKeyTable<T> {
  private readonly buckets = new Map<number, { bytes: Uint8Array; value: T }[]>();
  private size = 0;

  constructor(private readonly maxEntries: number) {}

  get(b: Uint8Array, start: number, end: number): T | undefined {
    const bucket = this.buckets.get(hashOf(b, start, end));
    if (bucket === undefined) return undefined;
    for (let k = 0; k < bucket.length; k++) if (sameBytes(bucket[k].bytes, b, start, end)) return bucket[k].value;
    return undefined;
  }

  /** Adds an entry for b[start..end) (not present yet); false when the table is full. */
  set(b: Uint8Array, start: number, end: number, value: T): boolean {
    if (this.size >= this.maxEntries) return false;
    const hash = hashOf(b, start, end);
    const entry = { bytes: b.slice(start, end), value };
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) this.buckets.set(hash, [entry]);
    else bucket.push(entry);
    this.size++;
    return true;
  }
}

/** The bytes of an ASCII literal (a property name, `true`, `Polygon`), for comparing in place. */
export const asciiBytes = (ascii: string): Uint8Array => Uint8Array.from(ascii, (c) => c.charCodeAt(0));

/** Whether b[start..end) equals `bytes`. */
export function sameBytes(bytes: Uint8Array, b: Uint8Array, start: number, end: number): boolean {
  if (bytes.length !== end - start) return false;
  for (let k = 0; k < bytes.length; k++) if (bytes[k] !== b[start + k]) return false;
  return true;
}

/** FNV-1a over the bytes, as a small integer (a Map key without boxing). */
function hashOf(b: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ b[k], 0x01000193);
  return h & 0x3fffffff;
}
