import { describe, expect, it } from 'vitest';
import {
  defaultLandUseTable,
  landUseTableFromEntries,
  normalisedLandUseCode,
  parentLandUseCode,
} from '../../src/landuse/landUseTable.ts';
import { landUseEntriesFromJson } from '../../src/landuse/landUseEntries.ts';
import type { LandUseEntry } from '../../src/schema/index.ts';
import rawTable from '../../data/landuse.json' with { type: 'json' };

const categoryOf = (code: string) => defaultLandUseTable().lookup(code)?.category;

describe('data/landuse.json', () => {
  it('is a valid table with unique codes', () => {
    const { entries, problems } = landUseEntriesFromJson(rawTable);
    expect(problems).toEqual([]);
    expect(entries.length).toBe((rawTable as unknown[]).length);
    const keys = entries.map((e) => normalisedLandUseCode(e.code));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['1001', 'industrial'], ['100101', 'industrial'], ['100102', 'industrial'], ['100103', 'industrial'],
    ['M1', 'industrial'], ['M2', 'industrial'], ['M3', 'industrial'],
    ['0802', 'rnd'], ['A35', 'rnd'], ['C65', 'rnd'],
    ['0901', 'commercial'], ['B1', 'commercial'], ['C2', 'commercial'],
    ['0902', 'office'], ['B2', 'office'], ['C8', 'office'],
    ['1101', 'logistics'], ['W1', 'logistics'], ['W2', 'logistics'], ['W3', 'logistics'], ['W', 'logistics'],
    ['0701', 'residential'], ['R1', 'residential'], ['R3', 'residential'], ['Rr1', 'residential'], ['Rr4', 'residential'],
    ['1401', 'green'], ['1402', 'green'], ['1403', 'green'], ['G1', 'green'], ['G3', 'green'],
    ['1207', 'road'], ['S1', 'road'], ['S', 'road'],
    ['1301', 'utility'], ['1313', 'utility'], ['U1', 'utility'], ['U', 'utility'],
    ['1701', 'water'], ['1705', 'water'],
    ['2301', 'vacant'], ['16', 'vacant'],
    ['C1', 'public'], ['C6', 'public'], ['A3', 'public'], ['C9', 'other'],
  ])('maps %s to %s as DOMAIN.md §4 says', (code, category) => {
    expect(categoryOf(code)).toBe(category);
  });

  it('has a hex colour and both names on every entry', () => {
    for (const e of defaultLandUseTable().entries) {
      expect(e.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(e.nameZh.length).toBeGreaterThan(0);
      expect(e.nameEn.length).toBeGreaterThan(0);
    }
  });
});

describe('lookup', () => {
  it('normalises case, spaces and full-width characters', () => {
    expect(defaultLandUseTable().lookup(' m1 ')?.code).toBe('M1');
    expect(defaultLandUseTable().lookup('rr2')?.code).toBe('Rr2');
    expect(defaultLandUseTable().lookup('ｃ６５')?.code).toBe('C65');
  });

  it('restores the leading zero a spreadsheet stripped from a national code', () => {
    expect(defaultLandUseTable().lookup('802')?.code).toBe('0802');
    expect(normalisedLandUseCode('70101')).toBe('070101');
  });

  it('falls back to the parent code', () => {
    expect(defaultLandUseTable().lookup('100104')?.code).toBe('1001');
    expect(defaultLandUseTable().lookup('1099')?.code).toBe('10');
    expect(defaultLandUseTable().lookup('A39')?.code).toBe('A3');
    expect(defaultLandUseTable().lookup('C21')?.code).toBe('C2');
    expect(parentLandUseCode('10')).toBeNull();
    expect(parentLandUseCode('A')).toBeNull();
  });

  it('returns undefined for unknown codes and non-strings', () => {
    const t = defaultLandUseTable();
    expect(t.lookup('XYZ')).toBeUndefined();
    expect(t.lookup('')).toBeUndefined();
    expect(t.lookup('99')).toBeUndefined();
    expect(t.lookup(42 as unknown as string)).toBeUndefined();
  });

  it('prefers an exact match over a normalised one, and the first of clashing entries', () => {
    const e = (code: string, category: LandUseEntry['category']): LandUseEntry => ({
      code, category, nameZh: code, nameEn: code, color: '#000000', system: 'shanghai',
    });
    const t = landUseTableFromEntries([e('m1', 'other'), e('M1', 'industrial'), e('X', 'green'), e('x', 'road')]);
    expect(t.lookup('m1')?.category).toBe('other');
    expect(t.lookup('M1')?.category).toBe('industrial');
    expect(t.lookup(' x ')?.category).toBe('green');
  });
});

describe('landUseEntriesFromJson', () => {
  it('rejects entries with bad fields and names them', () => {
    const { entries, problems } = landUseEntriesFromJson([
      { code: 'A', category: 'nope', nameZh: 'a', nameEn: 'a', color: 'red', system: 'shanghai' },
      null,
      { code: 'B', category: 'green', nameZh: 'b', nameEn: 'b', color: '#00FF00', system: 'shanghai', note: 'n' },
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0].color).toBe('#00ff00');
    expect(problems[0]).toContain('category, color');
    expect(problems[1]).toContain('not an object');
    expect(landUseEntriesFromJson({}).problems).toHaveLength(1);
  });
});
