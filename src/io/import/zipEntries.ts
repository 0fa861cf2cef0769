import { inflateSync, unzipSync } from 'fflate';

/**
 * The files of a ZIP archive whose names pass `keep`, by name. Deflated entries are inflated by
 * the platform's DecompressionStream (native zlib, in browsers and Node) when there is one: for a
 * 100k-plot Shapefile that is most of the unzip time saved. An archive this small directory reader
 * does not handle (ZIP64, a method other than stored or deflate, an entry outside the file) goes to
 * fflate's unzipSync, which reads it or refuses it as before.
 */
export async function unzipEntries(bytes: Uint8Array, keep: (name: string) => boolean): Promise<Record<string, Uint8Array>> {
  const entries = directoryOf(bytes);
  if (entries === null) return unzipSync(bytes, { filter: (f) => keep(f.name) });
  const files: Record<string, Uint8Array> = {};
  for (const e of entries) {
    if (!keep(e.name)) continue;
    const data = bytes.subarray(e.start, e.start + e.compressedSize);
    files[e.name] = e.method === 0 ? data.slice() : await inflateRaw(data, e.size);
  }
  return files;
}

interface Entry {
  name: string;
  method: number;
  start: number;
  compressedSize: number;
  size: number;
}

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

/** The central directory's entries, or null when the archive needs fflate. */
function directoryOf(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 65558);
  while (end >= stop && !(end >= 0 && view.getUint32(end, true) === 0x06054b50)) end--;
  if (end < stop || end < 0) return null;
  const count = view.getUint16(end + 8, true);
  let at = view.getUint32(end + 16, true);
  // ZIP64 (its sizes and offsets are elsewhere): fflate.
  if (end >= 20 && view.getUint32(end - 20, true) === 0x07064b50) return null;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise fflate reads it byte for byte, and so do we.
    const name = flags & 0x800 ? new TextDecoder().decode(nameBytes) : latin1(nameBytes);
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressedSize > bytes.length) return null;
    entries.push({ name, method, start, compressedSize, size });
    at = next;
  }
  return entries;
}

/** Raw deflate data inflated, natively when the platform can. */
async function inflateRaw(data: Uint8Array, size: number): Promise<Uint8Array> {
  const { Blob, DecompressionStream } = globalThis;
  if (typeof DecompressionStream !== 'function') return inflateSync(data, { out: new Uint8Array(size) });
  // The bytes of a file read into memory: never a SharedArrayBuffer, which Blob refuses.
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let out = new Uint8Array(size);
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > out.length) {
      const grown = new Uint8Array(Math.max(2 * out.length, at + value.length));
      grown.set(out.subarray(0, at));
      out = grown;
    }
    out.set(value, at);
    at += value.length;
  }
  return at === out.length ? out : out.slice(0, at);
}
