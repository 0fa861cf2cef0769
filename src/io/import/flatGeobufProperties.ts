import { FlatBuffersTable } from './flatBuffersTable.ts';
import type { FgbColumn } from './flatGeobufHeader.ts';

const utf8 = new TextDecoder();

/** Position of the feature's properties vector ([start, byte length]) or null. */
export function fgbPropertiesSpan(view: DataView, at: number): [number, number] | null {
  const feature = new FlatBuffersTable(view, at + view.getUint32(at, true));
  return feature.vector(1);
}

/** UTF-8 text; short ASCII (codes, numbers, dates: most cells) without a decoder call, which costs more than the copy. */
function textOf(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > 48) return utf8.decode(bytes.subarray(start, end));
  let text = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b >= 0x80) return utf8.decode(bytes.subarray(start, end));
    text += String.fromCharCode(b);
  }
  return text;
}

/** The package's parseProperties: column index (uint16) then the value, by the column's type. */
export function readFgbProperties(bytes: Uint8Array, view: DataView, span: [number, number] | null, columns: readonly FgbColumn[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  if (columns.length === 0 || !span) return properties;
  const [start, length] = span;
  let offset = start;
  const end = start + length;
  while (offset < end) {
    const column = columns[view.getUint16(offset, true)];
    offset += 2;
    if (!column) throw new Error('a feature names a column the header does not have');
    const name = column.name;
    switch (column.type) {
      case 2: properties[name] = view.getUint8(offset) !== 0; offset += 1; break;
      case 0: properties[name] = view.getInt8(offset); offset += 1; break;
      case 1: properties[name] = view.getUint8(offset); offset += 1; break;
      case 3: properties[name] = view.getInt16(offset, true); offset += 2; break;
      case 4: properties[name] = view.getUint16(offset, true); offset += 2; break;
      case 5: properties[name] = view.getInt32(offset, true); offset += 4; break;
      case 6: properties[name] = view.getUint32(offset, true); offset += 4; break;
      case 7: properties[name] = Number(view.getBigInt64(offset, true)); offset += 8; break;
      case 8: properties[name] = Number(view.getBigUint64(offset, true)); offset += 8; break;
      case 9: properties[name] = view.getFloat32(offset, true); offset += 4; break;
      case 10: properties[name] = view.getFloat64(offset, true); offset += 8; break;
      case 11:
      case 13: {
        const n = view.getUint32(offset, true);
        offset += 4;
        properties[name] = textOf(bytes, offset, offset + n);
        offset += n;
        break;
      }
      case 12: {
        const n = view.getUint32(offset, true);
        offset += 4;
        properties[name] = JSON.parse(utf8.decode(bytes.subarray(offset, offset + n))) as unknown;
        offset += n;
        break;
      }
      case 14: {
        const n = view.getUint32(offset, true);
        offset += 4;
        properties[name] = bytes.subarray(offset, offset + n);
        offset += n;
        break;
      }
      default:
        throw new Error(`Unknown type ${column.type}`);
    }
  }
  return properties;
}
