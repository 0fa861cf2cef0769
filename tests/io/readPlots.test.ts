import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlots, chunksOfBytes, ReadError, driverForInput, extensionOf } from '../../src/io/index.ts';
import { defaultLandUseTable } from '../../src/landuse/landUseTable.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url)));
const landUse = defaultLandUseTable();

describe('readPlots', () => {
  it('reads the pretty fixture into a PlotTable in small chunks, with progress', async () => {
    const bytes = fixture('zizhu-small.geojson');
    const fractions: number[] = [];
    const { table, issues, meta } = await readPlots(chunksOfBytes(bytes, 100), {
      landUse,
      totalBytes: bytes.length,
      onProgress: (stage, fraction) => {
        expect(stage).toBe('read');
        fractions.push(fraction);
      },
    });
    expect(table.count).toBe(7);
    expect(table.ids).toEqual(['ZZ-001', 'ZZ-002', 'ZZ-003', 'ZZ-004', 'ZZ-005', 'ZZ-006, "东区"', '=ZZ-007']);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(meta).toMatchObject({ format: 'geojson', layout: 'feature-collection', featureCount: 7, byteCount: bytes.length });
    expect(meta.members.parktwin).toEqual({ fixture: 'tests/fixtures/io/zizhu-small', asOf: '2026-06-30' });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
  });

  it('chooses the sequence driver for NDJSON and GeoJSONSeq content', async () => {
    for (const name of ['zizhu-small.ndjson', 'zizhu-small.geojsons']) {
      const { table, meta } = await readPlots(chunksOfBytes(fixture(name), 7), { landUse, fileName: name });
      expect(table.count).toBe(7);
      expect(meta).toMatchObject({ format: 'geojsonseq', layout: 'sequence' });
    }
  });

  it('keeps the malformed feature as an issue and validates the rest', async () => {
    const { table, issues } = await readPlots(chunksOfBytes(fixture('malformed-middle.geojson'), 64), { landUse });
    expect(table.ids).toEqual(['ZZ-001', 'ZZ-002', 'ZZ-004']);
    expect(issues.filter((i) => i.code === 'malformed-json').map((i) => i.index)).toEqual([2]);
  });

  it('rejects a GBK-encoded file as a whole', async () => {
    const head = new TextEncoder().encode('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"');
    const bytes = new Uint8Array([...head, 0xd5, 0xc5, 0xbd, 0xad, ...new TextEncoder().encode('"}}]}')]);
    await expect(readPlots(chunksOfBytes(bytes), { landUse })).rejects.toMatchObject({ name: 'ReadError', code: 'encoding' });
  });

  it('throws ReadError for input that is not GeoJSON', async () => {
    await expect(readPlots(chunksOfBytes(fixture('not-geojson.html')), { landUse })).rejects.toBeInstanceOf(ReadError);
    await expect(readPlots(chunksOfBytes(new Uint8Array(0)), { landUse })).rejects.toMatchObject({ code: 'empty' });
    await expect(readPlots(chunksOfBytes(fixture('truncated.geojson'), 50), { landUse })).rejects.toMatchObject({ code: 'truncated' });
    await expect(readPlots(chunksOfBytes(fixture('zizhu-small.geojson')), { landUse, format: 'shapefile' })).rejects.toMatchObject({
      code: 'unsupported-format',
    });
  });
});

describe('driver table', () => {
  it('lets content decide, whatever the extension says', () => {
    expect(driverForInput(fixture('zizhu-small.ndjson'), 'plots.json').id).toBe('geojsonseq');
    expect(driverForInput(fixture('zizhu-small.geojson'), 'plots.ndjson').id).toBe('geojson');
    expect(driverForInput(fixture('single-feature.geojson'), 'x.geojsons').id).toBe('geojson');
    expect(driverForInput(new Uint8Array([0x1e, 0x7b]), undefined).id).toBe('geojsonseq');
    expect(extensionOf('C:\\data\\Plots.GeoJSON')).toBe('.geojson');
    expect(extensionOf('/tmp/.hidden')).toBe('');
  });
});
