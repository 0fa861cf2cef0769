import { describe, expect, it } from 'vitest';
import { shanghaiIsoDay } from '../../src/index.ts';
import { asOfDate } from '../../scripts/cli/asOf.ts';
import { todayIso } from '../../web/stores/analysisStore.ts';

describe("today's date in Shanghai", () => {
  it('is the next day once it is past midnight in Shanghai, whatever the UTC date', () => {
    const evening = new Date('2026-03-01T17:30:00Z'); // 01:30 on 2 March in Shanghai
    expect(shanghaiIsoDay(evening)).toBe('2026-03-02');
    expect(shanghaiIsoDay(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(shanghaiIsoDay(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
    expect(shanghaiIsoDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('is the default as-of date of both the CLI and the viewer', () => {
    const evening = new Date('2026-03-01T17:30:00Z');
    expect(asOfDate(undefined, evening)).toBe('2026-03-02');
    expect(todayIso(evening)).toBe('2026-03-02');
    expect(asOfDate('2025-06-30', evening)).toBe('2025-06-30');
  });
});
