const utf8 = new TextDecoder();

/** A FlatBuffers table: where each field is, by field number. */
export class FlatBuffersTable {
  private readonly vtable: number;
  private readonly vtableLength: number;

  constructor(
    private readonly view: DataView,
    readonly at: number,
  ) {
    this.vtable = at - view.getInt32(at, true);
    this.vtableLength = view.getUint16(this.vtable, true);
  }

  /** Absolute position of field `n`, or 0 when absent. */
  field(n: number): number {
    const slot = 4 + 2 * n;
    if (slot >= this.vtableLength) return 0;
    const offset = this.view.getUint16(this.vtable + slot, true);
    return offset === 0 ? 0 : this.at + offset;
  }

  /** Where the uoffset in field `n` points (a table, vector or string), or 0. */
  target(n: number): number {
    const at = this.field(n);
    return at === 0 ? 0 : at + this.view.getUint32(at, true);
  }

  uint8(n: number, fallback: number): number {
    const at = this.field(n);
    return at === 0 ? fallback : this.view.getUint8(at);
  }

  uint16(n: number, fallback: number): number {
    const at = this.field(n);
    return at === 0 ? fallback : this.view.getUint16(at, true);
  }

  int32(n: number, fallback: number): number {
    const at = this.field(n);
    return at === 0 ? fallback : this.view.getInt32(at, true);
  }

  uint64(n: number): number {
    const at = this.field(n);
    return at === 0 ? 0 : Number(this.view.getBigUint64(at, true));
  }

  string(n: number, bytes: Uint8Array): string | null {
    const at = this.target(n);
    if (at === 0) return null;
    const length = this.view.getUint32(at, true);
    return utf8.decode(bytes.subarray(at + 4, at + 4 + length));
  }

  table(n: number): FlatBuffersTable | null {
    const at = this.target(n);
    return at === 0 ? null : new FlatBuffersTable(this.view, at);
  }

  /** [start of the elements, element count] of vector field `n`, or null. */
  vector(n: number): [number, number] | null {
    const at = this.target(n);
    return at === 0 ? null : [at + 4, this.view.getUint32(at, true)];
  }
}
