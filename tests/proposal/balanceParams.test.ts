import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, resolveParams } from '../../src/index.ts';

describe('balance parameters', () => {
  it('default to a per-sub-park no-net-increase rule with no tolerance', () => {
    expect(DEFAULT_PARAMS.balanceScope).toBe('subpark');
    expect(DEFAULT_PARAMS.balanceMode).toBe('no-net-increase');
    expect(DEFAULT_PARAMS.balanceToleranceM2).toBe(0);
  });

  it('accept the contract words and a tolerance', () => {
    const r = resolveParams({ balanceScope: 'zone', balanceMode: 'equal', balanceToleranceM2: 500 });
    expect(r).toEqual({ ok: true, params: { ...DEFAULT_PARAMS, balanceScope: 'zone', balanceMode: 'equal', balanceToleranceM2: 500 } });
  });

  it('refuse other words, numbers for words and a negative tolerance, naming each key', () => {
    const r = resolveParams({ balanceScope: 'district', balanceMode: 1, balanceToleranceM2: -1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(3);
    expect(r.errors[0]).toContain('"balanceScope" must be one of "subpark", "zone"');
    expect(r.errors[1]).toContain('"balanceMode"');
    expect(r.errors[2]).toContain('"balanceToleranceM2" must be a non-negative number');
  });

  it('refuse a number where a word is expected and a word where a number is', () => {
    expect(resolveParams({ joinDistanceM: 'zone' }).ok).toBe(false);
    expect(resolveParams({ balanceScope: 0 }).ok).toBe(false);
  });
});
