import { describe, expect, it } from 'vitest';
import { csvCell, csvReportChunks, jsonReportChunks } from '../../src/index.ts';
import { csvOfRows, geoJsonOfRows } from '../../web/worker/exportRows.ts';
import { zizhuResult } from '../report/zizhuResult.ts';

describe('CSV cells (the core writer the viewer uses)', () => {
  it('quotes separators and quotes, and neutralises spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('紫竹<b>一号</b>')).toBe('紫竹<b>一号</b>');
  });
  it('writes numbers in full precision and missing values as empty', () => {
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(0.30000000000000004)).toBe('0.30000000000000004');
    expect(csvCell(1 / 3)).toBe(String(1 / 3));
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

const allRows = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

describe('the viewer list export', () => {
  it('writes FAR and shares exactly as the CLI report does: a share over 30% never reads 0.3', async () => {
    const { table, result } = await zizhuResult();
    // A share just over a 30% cap, as floating point produces it (0.1 + 0.2).
    result.plots.otherShare[0] = 0.1 + 0.2;
    result.plots.far[0] = 1.23456789;
    const csv = csvOfRows(table, result, allRows(table.count), 'en').trim().split('\r\n');
    const header = csv[0].split(',');
    const cells = csv[1].split(',');
    expect(cells[header.indexOf('otherShare')]).toBe('0.30000000000000004');
    expect(cells[header.indexOf('far')]).toBe('1.23456789');
    // Same text as the CLI's CSV report for the same plot.
    const report = [...csvReportChunks(table, result)].join('').slice(1).trim().split('\r\n');
    const reportHeader = report[0].split(',');
    const reportCells = report[1].split(',');
    for (const column of ['far', 'otherShare', 'amenityShare']) {
      expect(cells[header.indexOf(column)]).toBe(reportCells[reportHeader.indexOf(column)]);
    }
  });

  it('carries every report member of a plot in the GeoJSON export, with its consolidation group', async () => {
    const { table, result } = await zizhuResult();
    result.plots.otherShare[0] = 0.1 + 0.2;
    const geo = JSON.parse(geoJsonOfRows(table, result, allRows(table.count))) as {
      type: string;
      features: { properties: Record<string, unknown>; geometry: { type: string } }[];
    };
    const report = JSON.parse([...jsonReportChunks(table, result)].join('')) as { plots: Record<string, unknown>[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(table.count);
    const roundedKeys = new Set(['areaM2', 'potentialGfaM2']);
    geo.features.forEach((feature, row) => {
      const p = feature.properties;
      const plot = report.plots[row];
      expect(p.id).toBe(plot.id);
      for (const key of ['blockId', 'far', 'otherShare', 'amenityShare', 'flags']) expect(p[key], key).toEqual(plot[key]);
      // The report rounds areas to 0.01 m²; the export keeps them whole.
      for (const key of roundedKeys) {
        if (plot[key] === null) expect(p[key]).toBeNull();
        else expect(Math.abs((p[key] as number) - (plot[key] as number))).toBeLessThanOrEqual(0.005);
      }
      const group = result.consolidation[result.plots.groupIndex[row]];
      expect(p.consolidationGroupId).toBe(group ? group.id : null);
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    });
    expect(geo.features[0].properties.otherShare).toBe(0.30000000000000004);
    expect(geo.features.some((f) => (f.properties.potentialGfaM2 as number | null) !== null)).toBe(true);
    expect(geo.features.some((f) => f.properties.consolidationGroupId !== null)).toBe(true);
  });
});
