import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dbfLanguageEncoding, defaultLandUseTable, normaliseEncodingLabel, readPlotsWith, type ReadPlotsResult } from '../../../src/index.ts';
import { fieldsFile, fixtureFiles, readFixture } from './importFixtures.ts';

const fields = fieldsFile('shapefile-gbk-fields.json');

/** plots-4326.shp.zip (GBK, .cpg "CP936") with its .cpg replaced or removed. */
function withCpg(cpg: string | null): Uint8Array {
  const entries = unzipSync(fixtureFiles('plots-4326.shp.zip')[0].bytes);
  const out: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith('.cpg')) {
      if (cpg !== null) out[name] = new TextEncoder().encode(cpg);
    } else out[name] = bytes;
  }
  return zipSync(out);
}

function read(bytes: Uint8Array): Promise<ReadPlotsResult> {
  return readPlotsWith([{ name: 'plots.zip', bytes }], { landUse: defaultLandUseTable(), fields });
}

async function enterprises(result: ReadPlotsResult): Promise<string[]> {
  return result.table.enterprises.slice(0, 5);
}

describe('text encodings (DOMAIN.md §9)', () => {
  it('Node decodes GBK here (TextDecoder with full ICU)', () => {
    expect(new TextDecoder('gbk').decode(new Uint8Array([0xd5, 0xc5, 0xbd, 0xad]))).toBe('张江');
  });

  it.each([
    ['936', 'gbk'],
    ['CP936', 'gbk'],
    ['cp936\r\n', 'gbk'],
    ['ANSI 936', 'gbk'],
    ['GBK', 'gbk'],
    ['GB2312', 'gbk'],
    ['GB18030', 'gb18030'],
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['65001', 'utf-8'],
    ['\uFEFFUTF-8', 'utf-8'],
    ['950', 'big5'],
  ])('.cpg label %j is %s', (label, expected) => {
    expect(normaliseEncodingLabel(label)).toBe(expected);
  });

  it('refuses labels that name nothing', () => {
    expect(normaliseEncodingLabel('klingon')).toBeNull();
    expect(normaliseEncodingLabel('')).toBeNull();
    expect(normaliseEncodingLabel('12345')).toBeNull();
  });

  it('reads the .dbf language byte (0x4D = GBK)', () => {
    const dbf = new Uint8Array(32);
    dbf[29] = 0x4d;
    expect(dbfLanguageEncoding(dbf)).toBe('gbk');
    dbf[29] = 0;
    expect(dbfLanguageEncoding(dbf)).toBeNull();
  });

  it.each(['936', 'ANSI 936', 'CP936', 'GB2312'])('a GBK shapefile whose .cpg says %j reads its Chinese text', async (label) => {
    const expected = await enterprises(await readFixture('source.geojson'));
    expect(expected[0]).toMatch(/[\u4e00-\u9fff]/);
    const result = await read(withCpg(label));
    expect(result.meta.input.encoding).toBe('gbk');
    expect(await enterprises(result)).toEqual(expected);
  });

  it('a .cpg naming an unknown encoding is reported, and the text is still detected', async () => {
    const result = await read(withCpg('x-mystery'));
    expect(result.issues.some((i) => i.code === 'unknown-encoding' && i.index === -1)).toBe(true);
    expect(await enterprises(result)).toEqual(await enterprises(await readFixture('source.geojson')));
  });

  it('without .cpg: the language byte says GBK; with neither, invalid UTF-8 is read as GB18030', async () => {
    const expected = await enterprises(await readFixture('source.geojson'));
    const ldid = await readFixture('plots-4326-ldid.shp.zip', { fields });
    expect(ldid.meta.input.encoding).toBe('gbk');
    expect(await enterprises(ldid)).toEqual(expected);
    const none = await readFixture('plots-4326-nocpg.shp.zip', { fields });
    expect(none.meta.input.encoding).toBe('gb18030');
    expect(await enterprises(none)).toEqual(expected);
  });

  it('a .cpg saying UTF-8 over GBK bytes is reported and the text read as GB18030, not as mojibake', async () => {
    const result = await read(withCpg('UTF-8'));
    expect(result.meta.input.encoding).toBe('gb18030');
    expect(result.issues.some((i) => i.code === 'encoding-mismatch' && i.index === -1)).toBe(true);
    expect(await enterprises(result)).toEqual(await enterprises(await readFixture('source.geojson')));
  });

  it('CSV: GBK as written by Excel on Chinese Windows, UTF-8 with or without BOM', async () => {
    const gbk = await readFixture('plots-4326-gbk.csv');
    expect(gbk.meta.input.encoding).toBe('gb18030');
    const expected = await enterprises(await readFixture('source.geojson'));
    expect(await enterprises(gbk)).toEqual(expected);
    const utf8 = fixtureFiles('plots-4528.csv')[0].bytes;
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const bom = await readPlotsWith([{ name: 'bom.csv', bytes: withBom }], { landUse: defaultLandUseTable() });
    expect(bom.meta.input.encoding).toBe('utf-8');
    expect(bom.meta.input.fieldMap.id).toBe('地块编号');
    expect(await enterprises(bom)).toEqual(expected);
  });
});

describe('isValidUtf8', () => {
  it('agrees with a fatal TextDecoder on valid text, every kind of broken sequence and random bytes', async () => {
    const { isValidUtf8 } = await import('../../../src/io/import/textEncoding.ts');
    const fatal = (b: Uint8Array) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const cases: number[][] = [
      [], [0x41], [0xe5, 0x9c, 0xb0], [0xef, 0xbb, 0xbf, 0x41], [0xf0, 0x9f, 0x98, 0x80], [0xc2, 0x80], [0xdf, 0xbf],
      [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xf0, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf5, 0x80, 0x80, 0x80], [0xff], [0x80], [0xe5, 0x9c], [0xe5], [0xf0, 0x9f, 0x98],
      [0xe5, 0x41, 0xb0], [0xd5, 0xc5, 0xbd, 0xad],
    ];
    for (const c of cases) expect(isValidUtf8(Uint8Array.from(c)), JSON.stringify(c)).toBe(fatal(Uint8Array.from(c)));
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pool = [0x41, 0x80, 0x9f, 0xa0, 0xbf, 0xc2, 0xdf, 0xe0, 0xe5, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xc0];
    for (let k = 0; k < 20_000; k++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 6) }, () => pool[Math.floor(random() * pool.length)]);
      expect(isValidUtf8(bytes), Array.from(bytes).join(',')).toBe(fatal(bytes));
    }
  });
});
