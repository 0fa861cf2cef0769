import { describe, expect, it } from 'vitest';
import { readDbf } from '../../../src/io/import/dbfReader.ts';

/** A dBASE III table: fields [name, type, length], records as strings of exactly the field widths. */
function dbf(fields: [string, string, number][], records: string[], encode: (s: string) => Uint8Array = (s) => new TextEncoder().encode(s)): Uint8Array {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((n, f) => n + f[2], 0);
  const out = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 3;
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach(([name, type, length], i) => {
    out.set(encode(name).subarray(0, 10), 32 + 32 * i);
    out[32 + 32 * i + 11] = type.charCodeAt(0);
    out[32 + 32 * i + 16] = length;
  });
  out[headerLength - 1] = 0x0d;
  records.forEach((r, i) => out.set(encode(r), headerLength + recordLength * i));
  return out;
}

describe('readDbf', () => {
  it('reads text, numbers, dates as written, logicals; blanks and *** are no value; deleted records are marked', () => {
    const bytes = dbf(
      [['CODE', 'C', 6], ['AREA', 'N', 8], ['START', 'D', 8], ['OK', 'L', 1]],
      [
        ' ' + '0802'.padEnd(6) + '12.5'.padStart(8) + '20200305' + 'T',
        ' ' + 'M1'.padEnd(6) + '********' + ' '.repeat(8) + '?',
        '*' + 'C65'.padEnd(6) + '3'.padStart(8) + '00000000' + 'F',
      ],
    );
    const table = readDbf(bytes, 'utf-8');
    expect(table.columns).toEqual(['CODE', 'AREA', 'START', 'OK']);
    expect(table.rows).toEqual([
      { CODE: '0802', AREA: 12.5, START: '2020-03-05', OK: true },
      { CODE: 'M1', AREA: null, START: null, OK: null },
      { CODE: 'C65', AREA: 3, START: null, OK: false },
    ]);
    expect(table.deleted).toEqual([false, false, true]);
  });

  it('decodes GBK text and keeps a field name GDAL cut inside a character', () => {
    const gbk = (s: string) => {
      // 地块编号 in GBK, the name cut after 7 of its 8 bytes, as GDAL does at 10 bytes.
      if (s === 'NAME') return new Uint8Array([0xb5, 0xd8, 0xbf, 0xe9, 0xb1, 0xe0, 0xba]);
      if (s === ' 张江  ') return new Uint8Array([0x20, 0xd5, 0xc5, 0xbd, 0xad, 0x20, 0x20]);
      return new TextEncoder().encode(s);
    };
    const table = readDbf(dbf([['NAME', 'C', 6]], [' 张江  '], gbk), 'gbk');
    expect(table.columns).toEqual(['地块编']);
    expect(table.rows[0]).toEqual({ 地块编: '张江' });
  });

  it('reads the text of cells with Chinese, padding, NULs and odd white space as decoding the whole cell did', () => {
    const pieces = ['张江', 'A1', ' ', '  ', '\t', '\u3000', '\0', '0', '12.5', '\u00a0', 'é', '*'];
    const width = 24;
    const records: Uint8Array[] = [];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let r = 0; r < 400; r++) {
      const record = new Uint8Array(1 + 2 * width).fill(0x20);
      for (let c = 0; c < 2; c++) {
        let cell = new Uint8Array(0);
        for (let k = 0; k < 6; k++) {
          const piece = new TextEncoder().encode(pieces[Math.floor(random() * pieces.length)]);
          if (cell.length + piece.length > width) break;
          cell = Uint8Array.from([...cell, ...piece]);
        }
        // Padded with spaces, or with NULs as some writers do.
        record.fill(random() < 0.5 ? 0x20 : 0, 1 + c * width, 1 + (c + 1) * width);
        record.set(cell, 1 + c * width);
      }
      records.push(record);
    }
    const bytes = dbf([['A', 'C', width], ['B', 'C', width]], records.map(() => ''));
    const headerLength = 32 + 32 * 2 + 1;
    records.forEach((record, i) => bytes.set(record, headerLength + record.length * i));
    /** What the reader did before: the whole cell decoded, cut at its first NUL, trimmed. */
    const before = (cell: Uint8Array): string | null => {
      if (cell.every((b) => b === 0x2a || b === 0x20 || b === 0)) return null;
      const raw = new TextDecoder('utf-8').decode(cell);
      const text = (raw.includes('\0') ? raw.slice(0, raw.indexOf('\0')) : raw).trim();
      return text === '' || /^\*+$/.test(text) ? null : text;
    };
    const table = readDbf(bytes, 'utf-8');
    records.forEach((record, i) => {
      expect(table.rows[i], `record ${i}`).toEqual({ A: before(record.subarray(1, 1 + width)), B: before(record.subarray(1 + width)) });
    });
  });
});
