import { describe, expect, it } from 'vitest';
import { csvReportChunks, csvTextCell } from '../../src/report/index.ts';
import { zizhuResult } from './zizhuResult.ts';

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('csvTextCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvTextCell('a,b')).toBe('"a,b"');
    expect(csvTextCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvTextCell('two\nlines')).toBe('"two\nlines"');
    expect(csvTextCell('张江-1')).toBe('张江-1');
  });

  it('guards formula-looking text but not plain numbers', () => {
    expect(csvTextCell('=1+2')).toBe("'=1+2");
    expect(csvTextCell('+86 21')).toBe("'+86 21");
    expect(csvTextCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvTextCell('-cmd')).toBe("'-cmd");
    expect(csvTextCell('\t=x')).toBe("'\t=x");
    expect(csvTextCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvTextCell('-12.5')).toBe('-12.5');
    expect(csvTextCell('+3')).toBe('+3');
  });
});

describe('csvReportChunks', () => {
  it('starts with a BOM and a header, one row per plot, and reads back', async () => {
    const { table, result } = await zizhuResult();
    const text = [...csvReportChunks(table, result)].join('');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['id', 'subparkId', 'areaM2', 'far', 'otherShare', 'amenityShare', 'potentialGfaM2', 'blockId', 'flags']);
    expect(rows).toHaveLength(1 + table.count);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byId.get('ZZ-006, "东区"')?.[8]).toBe('vacant-building');
    expect(byId.get("'=ZZ-007")?.[3]).toBe('');
    expect(byId.get('ZZ-001')?.[8]).toBe('low-far;mixed-use-over-30');
    expect(Number(byId.get('ZZ-001')?.[3])).toBeCloseTo(1, 2);
    expect(Number(byId.get('ZZ-001')?.[6])).toBeGreaterThan(0);
    expect(byId.get('ZZ-003')?.[8]).toBe('evaluation-failed;removal-candidate;scattered-block;small-block;weak');
  });
});
