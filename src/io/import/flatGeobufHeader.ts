import { FlatBuffersTable } from './flatBuffersTable.ts';

/** Magic bytes (the package checks the first three) and the size prefix before the header. */
export const FGB_PREAMBLE_BYTES = 12;
const NODE_ITEM_BYTES = 40;

export interface FgbColumn {
  name: string;
  type: number;
}

export interface FgbCrs {
  org: string | null;
  code: number;
  wkt: string | null;
}

export interface FgbHeader {
  geometryType: number;
  columns: FgbColumn[];
  /** [minX, minY, maxX, maxY] when the header has it. */
  envelope: number[] | null;
  featuresCount: number;
  indexNodeSize: number;
  crs: FgbCrs | null;
  /** Bytes from the start of the file to the first feature (header and index). */
  featuresStart: number;
}

/** Bytes of the packed Hilbert R-tree that follows the header (flatgeobuf's calcTreeSize). */
function indexBytes(featuresCount: number, nodeSize: number): number {
  if (nodeSize <= 0 || featuresCount <= 0) return 0;
  const size = Math.min(Math.max(nodeSize, 2), 65535);
  let n = featuresCount;
  let nodes = n;
  do {
    n = Math.ceil(n / size);
    nodes += n;
  } while (n !== 1);
  return nodes * NODE_ITEM_BYTES;
}

/** Header bytes needed to read it: the length in its size prefix, or null while the first 12 bytes are not all there. */
export function headerEndOf(bytes: Uint8Array): number | null {
  if (bytes.length < FGB_PREAMBLE_BYTES) return null;
  return FGB_PREAMBLE_BYTES + new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
}

/** The header of a file whose first `headerEndOf(bytes)` bytes are in `bytes`. */
export function readFgbHeader(bytes: Uint8Array): FgbHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(8, true);
  const header = new FlatBuffersTable(view, FGB_PREAMBLE_BYTES + view.getUint32(FGB_PREAMBLE_BYTES, true));
  const columns: FgbColumn[] = [];
  const columnVector = header.vector(7);
  if (columnVector) {
    for (let j = 0; j < columnVector[1]; j++) {
      const slot = columnVector[0] + 4 * j;
      const column = new FlatBuffersTable(view, slot + view.getUint32(slot, true));
      const name = column.string(0, bytes);
      if (!name) throw new Error('Column name unexpectedly missing');
      columns.push({ name, type: column.uint8(1, 0) });
    }
  }
  const crsTable = header.table(10);
  const crs = crsTable ? { org: crsTable.string(0, bytes), code: crsTable.int32(1, 0), wkt: crsTable.string(4, bytes) } : null;
  const envelopeVector = header.vector(1);
  const envelope = envelopeVector && envelopeVector[1] > 0 ? Array.from({ length: envelopeVector[1] }, (_, i) => view.getFloat64(envelopeVector[0] + 8 * i, true)) : null;
  const featuresCount = header.uint64(8);
  const indexNodeSize = header.uint16(9, 16);
  return {
    geometryType: header.uint8(2, 0),
    columns,
    envelope,
    featuresCount,
    indexNodeSize,
    crs,
    featuresStart: FGB_PREAMBLE_BYTES + length + indexBytes(featuresCount, indexNodeSize),
  };
}
