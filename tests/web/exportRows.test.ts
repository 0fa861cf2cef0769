import { describe, expect, it } from 'vitest';
import { csvCell } from '../../web/worker/exportRows.ts';

describe('CSV cells', () => {
  it('quotes separators and quotes, and neutralises spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('紫竹<b>一号</b>')).toBe('紫竹<b>一号</b>');
  });
  it('writes numbers plainly and missing values as empty', () => {
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});
