import { describe, expect, it } from 'vitest';
import { addYears, dayOfYmd, dayToIso, parseIsoDay, yearOfDay, ymdOfDay } from '../../src/validate/isoDay.ts';

describe('isoDay', () => {
  it('counts days from 1970-01-01', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0);
    expect(parseIsoDay('1970-01-02')).toBe(1);
    expect(parseIsoDay('1969-12-31')).toBe(-1);
    expect(parseIsoDay('2000-03-01')).toBe(Date.UTC(2000, 2, 1) / 86_400_000);
  });

  it('agrees with Date.UTC over four centuries', () => {
    for (let d = -150_000; d < 150_000; d += 37) {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      expect(dayToIso(d)).toBe(iso);
      expect(parseIsoDay(iso)).toBe(d);
    }
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2023-02-30', '2023-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2023-1-5', '2023/01/05', '20230105', '', ' 2023-01-05', '2023-01-05T00:00:00Z']) {
      expect(parseIsoDay(bad), bad).toBeNull();
    }
    expect(parseIsoDay('2024-02-29')).not.toBeNull();
    expect(parseIsoDay('2000-02-29')).not.toBeNull();
    expect(parseIsoDay('1900-02-29')).toBeNull();
  });

  it('adds years keeping month and day; 29 February becomes 1 March', () => {
    const feb29 = parseIsoDay('2024-02-29')!;
    expect(dayToIso(addYears(feb29, 1))).toBe('2025-03-01');
    expect(dayToIso(addYears(feb29, 4))).toBe('2028-02-29');
    expect(dayToIso(addYears(parseIsoDay('2023-02-28')!, 1))).toBe('2024-02-28');
    expect(dayToIso(addYears(parseIsoDay('2023-12-31')!, 1))).toBe('2024-12-31');
    expect(dayToIso(addYears(parseIsoDay('2023-03-01')!, -1))).toBe('2022-03-01');
  });

  it('splits a day into year, month, day', () => {
    expect(ymdOfDay(dayOfYmd(2026, 11, 23))).toEqual({ year: 2026, month: 11, day: 23 });
    expect(yearOfDay(parseIsoDay('2025-12-31')!)).toBe(2025);
  });
});
