/**
 * The chunks as one byte array; the chunk itself when it is the only non-empty one (no copy).
 * `length` is their total length.
 */
export function concatBytes(parts: readonly Uint8Array[], length: number): Uint8Array {
  const nonEmpty = parts.filter((p) => p.length > 0);
  if (nonEmpty.length === 1) return nonEmpty[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of nonEmpty) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
