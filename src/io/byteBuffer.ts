/** A growable byte buffer: holds the part of a feature that spans chunk boundaries. */
export class ByteBuffer {
  bytes: Uint8Array;
  length = 0;

  constructor(initialCapacity = 4096) {
    this.bytes = new Uint8Array(initialCapacity);
  }

  append(source: Uint8Array, start: number, end: number): void {
    const count = end - start;
    if (count <= 0) return;
    this.reserve(this.length + count);
    this.bytes.set(source.subarray(start, end), this.length);
    this.length += count;
  }

  appendByte(byte: number): void {
    if (this.length === this.bytes.length) this.reserve(this.length + 1);
    this.bytes[this.length++] = byte;
  }

  /** The filled part, as a view (valid until the next append). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.bytes.length) return;
    let next = this.bytes.length * 2;
    while (next < capacity) next *= 2;
    const grown = new Uint8Array(next);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
