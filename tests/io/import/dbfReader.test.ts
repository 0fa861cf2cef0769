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
});
