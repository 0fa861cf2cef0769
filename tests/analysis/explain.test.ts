import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, explainFlags, resolveParams } from '../../src/index.ts';
import { tableOf } from '../helpers/tableOf.ts';

function caseOf(name: string) {
  const input = JSON.parse(readFileSync(new URL(`./in/${name}.geojson`, import.meta.url), 'utf8'));
  const { table, issues } = tableOf(input.features);
  const result = analyze(table, { asOf: input.parktwin.asOf, params: input.parktwin.params, issues });
  const explain = (id: string) => explainFlags(table, result, table.ids.indexOf(id));
  return { table, result, explain };
}

describe('flag explanations', () => {
  it('states the share, the cap and the clause, with enough digits to differ from the cap', () => {
    const { explain } = caseOf('mixed-use-limits');
    const [amenity] = explain('mu-over-15').filter((e) => e.flag === 'mixed-use-amenity-over-15');
    expect(amenity.zh).toBe('生活配套占地上建筑面积 15.01%，超过 15% 上限（沪府规〔2021〕9号 五.(二)）');
    expect(amenity.en).toContain('15.01%');
    expect(amenity.threshold).toBe(0.15);
    const [other] = explain('mu-over-30').filter((e) => e.flag === 'mixed-use-over-30');
    expect(other.zh).toContain('30.01%');
  });

  it('explains low FAR as intensification potential the policy permits, never as a breach', () => {
    const { explain } = caseOf('low-far');
    const [far] = explain('far-under-2');
    expect(far.flag).toBe('low-far');
    expect(far.zh).toBe(
      '提容潜力：容积率 1.99，工业用地容积率可提高至 2 及以上，可增加建筑面积约 100 m²；存量用地经批准提高容积率的，不再增收土地价款（沪府规〔2021〕9号 五.(二)）',
    );
    expect(far.en).toContain('intensification potential');
    expect(far.en).not.toMatch(/target|breach|under the/);
    expect(far.values.potentialGfaM2).toBeCloseTo(100, 6);
    const [rnd] = explain('far-rnd-2.5');
    expect(rnd.zh).toContain('通用类研发用地容积率可提高至 3 及以上');
    expect(rnd.en).toContain('general R&D land may be raised to FAR 3');
  });

  it('says when a threshold is a ParkTwin default and not policy', () => {
    const { explain } = caseOf('blocks-join-distance');
    const [small] = explain('s-at-1000');
    expect(small.zh).toContain('阈值为本工具默认值，非政策规定');
    expect(small.en).toContain('ParkTwin default, not policy');
    const { explain: mixed } = caseOf('mixed-use-limits');
    expect(mixed('mu-over-30').find((e) => e.flag === 'mixed-use-over-30')?.zh).not.toContain('默认值');
  });

  it('cites the 小、散 clause of the Zhangjiang opinions as 一.(三).3', () => {
    const { explain } = caseOf('blocks-join-distance');
    const [small] = explain('s-at-1000');
    expect(small.clauseZh).toContain('张江若干意见 一.(三).3');
    expect(small.clauseEn).toContain('I.(3).3');
  });

  it('puts a plot that failed its latest evaluation on the supervision list, with the year', () => {
    const { explain } = caseOf('evaluation-failed');
    const [failed] = explain('ef-latest-fails');
    expect(failed.flag).toBe('evaluation-failed');
    expect(failed.zh).toBe('2025 年综合绩效评价不合格，对地块及其运营主体开展督导（沪科规〔2026〕6号 第四条）');
    expect(failed.values.year).toBe(2025);
  });

  it('says that an unknown rectification counts as not effective', () => {
    const { explain } = caseOf('rectification');
    const unknown = explain('r-unknown').find((e) => e.flag === 'removal-candidate');
    expect(unknown?.zh).toContain('整改情况未填报，按整改不到位计');
    expect(unknown?.en).toContain('counts as not effective');
    const ineffective = explain('r-ineffective').find((e) => e.flag === 'removal-candidate');
    expect(ineffective?.zh).toContain('整改不力');
    expect(explain('r-effective').map((e) => e.flag)).not.toContain('removal-candidate');
  });

  it('explains idle land by its dates, both ways it can arise', () => {
    const { explain } = caseOf('idle-land');
    expect(explain('idle-exact')[0].zh).toContain('约定 2025-06-30 动工，满 1 年（2026-06-30）仍未动工');
    const suspended = explain('idle-susp-inv')[0];
    expect(suspended.zh).toContain('自 2024-01-01 停工满 1 年');
    expect(suspended.zh).toContain('已投资 20% 不足 25%');
    expect(suspended.zh).not.toContain('已开发');
  });

  it('explains weak plots with the failing years and blocks with their size and distance', () => {
    const { explain } = caseOf('blocks-join-distance');
    const flags = explain('s-over-1000');
    expect(flags.map((f) => f.flag)).toEqual(['small-block', 'scattered-block', 'weak', 'removal-candidate', 'evaluation-failed']);
    expect(flags[0].zh).toContain('10,000 m²');
    expect(flags[1].zh).toContain('距主区块 1,001 m，超过 1,000 m');
    expect(flags[2].zh).toContain('2024、2025 年');
  });

  it('returns nothing for a plot without flags', () => {
    const { explain } = caseOf('low-far');
    expect(explain('far-at-2')).toEqual([]);
  });
});

describe('analysis parameters', () => {
  it('rejects unknown keys and wrong kinds by name', () => {
    const r = resolveParams({ joinDistance: 30, weakYears: 1.5, vacancyThreshold: 2, smallBlockAreaM2: '1' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join('\n')).toMatch(/unknown parameter "joinDistance"/);
    expect(r.errors.join('\n')).toMatch(/"weakYears" must be a whole number/);
    expect(r.errors.join('\n')).toMatch(/"vacancyThreshold" is a share/);
    expect(r.errors.join('\n')).toMatch(/"smallBlockAreaM2" must be a non-negative number/);
  });

  it('changes findings when a threshold changes', () => {
    const input = JSON.parse(readFileSync(new URL('./in/blocks-join-distance.geojson', import.meta.url), 'utf8'));
    const { table } = tableOf(input.features);
    const at50 = analyze(table, { asOf: '2026-06-30' });
    const at51 = analyze(table, { asOf: '2026-06-30', params: { joinDistanceM: 51 } });
    expect(at50.blocks.length).toBe(5);
    expect(at51.blocks.length).toBe(4);
    expect(() => analyze(table, { asOf: '2026-02-30' })).toThrow(/as-of date/);
  });

  it('leaves the input table untouched', () => {
    const input = JSON.parse(readFileSync(new URL('./in/consolidation.geojson', import.meta.url), 'utf8'));
    const { table } = tableOf(input.features);
    const before = JSON.stringify(table, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));
    analyze(table, { asOf: '2026-06-30' });
    expect(JSON.stringify(table, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v))).toBe(before);
  });
});
