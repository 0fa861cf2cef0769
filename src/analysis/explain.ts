import { FLAG_BIT, type AnalysisResult, type FlagName, type PlotTable } from '../schema/index.ts';
import { dayToIso, addYears, parseIsoDay } from '../validate/isoDay.ts';
import { failedEvaluationYearOf, weakYearsOf } from './rules/weak.ts';
import { CATEGORY_INDEX } from './categories.ts';
import { idleReasonOf } from './rules/idle.ts';
import { farTargetOf } from './rules/lowFar.ts';
import { areaText, decimalText, percentText } from './formatNumbers.ts';
import { POLICY_CLAUSES } from './policyClauses.ts';

/** Said after a threshold that is this product's default, not a policy's (paramSources.ts). */
const DEFAULT_NOTE_ZH = '（阈值为本工具默认值，非政策规定，可调整）';
const DEFAULT_NOTE_EN = ' (the threshold is a ParkTwin default, not policy, and can be changed)';

/** Why one plot carries one flag: the numbers, the threshold, the policy clause, in both languages. */
export interface FlagExplanation {
  flag: FlagName;
  /** The measured values behind the finding (shares as 0..1, areas in m², distances in m). */
  values: Record<string, number | string>;
  /** The parameter value the finding was compared with. */
  threshold: number | null;
  clauseZh: string;
  clauseEn: string;
  zh: string;
  en: string;
}

/** Explanations for every flag of one row, in FLAG_NAMES order. */
export function explainFlags(table: PlotTable, result: AnalysisResult, row: number): FlagExplanation[] {
  const mask = result.plots.flags[row];
  const p = result.params;
  const cols = result.plots;
  const out: FlagExplanation[] = [];
  const block = result.blocks[cols.blockIndex[row]];
  const asOfYear = Number(result.asOf.slice(0, 4));
  const add = (flag: FlagName, values: FlagExplanation['values'], threshold: number | null, zh: string, en: string) => {
    const clause = POLICY_CLAUSES[flag];
    out.push({ flag, values, threshold, clauseZh: clause.zh, clauseEn: clause.en, zh: `${zh}（${clause.zh}）`, en: `${en} (${clause.en})` });
  };

  if (mask & FLAG_BIT['small-block'] && block) {
    add('small-block', { blockId: block.id, blockAreaM2: block.areaM2 }, p.smallBlockAreaM2,
      `所在区块 ${block.id} 面积 ${areaText(block.areaM2, p.smallBlockAreaM2)} m²，小于 ${areaText(p.smallBlockAreaM2)} m²，且不是本分园主区块${DEFAULT_NOTE_ZH}`,
      `its block ${block.id} covers ${areaText(block.areaM2, p.smallBlockAreaM2)} m², under ${areaText(p.smallBlockAreaM2)} m², and is not the sub-park's main block${DEFAULT_NOTE_EN}`);
  }
  if (mask & FLAG_BIT['scattered-block'] && block) {
    add('scattered-block', { blockId: block.id, distanceToMainM: block.distanceToMainM }, p.scatterDistanceM,
      `所在区块 ${block.id} 距主区块 ${areaText(block.distanceToMainM, p.scatterDistanceM)} m，超过 ${areaText(p.scatterDistanceM)} m${DEFAULT_NOTE_ZH}`,
      `its block ${block.id} lies ${areaText(block.distanceToMainM, p.scatterDistanceM)} m from the main block, beyond ${areaText(p.scatterDistanceM)} m${DEFAULT_NOTE_EN}`);
  }
  if (mask & FLAG_BIT.weak) {
    const years = weakYearsOf(table, row, asOfYear, p.weakYears) ?? [];
    const list = [...years].reverse().join('、');
    add('weak', { years: years.join(',') }, p.weakYears,
      `${list} 年综合绩效评价连续 ${years.length} 年不合格`,
      `failed the yearly performance evaluation ${years.length} years running (${[...years].reverse().join(', ')})`);
  }
  if (mask & FLAG_BIT['removal-candidate']) {
    const ineffective = table.rectification[row] === 2;
    add('removal-candidate', { rectification: ineffective ? 'ineffective' : 'unknown' }, null,
      ineffective
        ? '评价连续不合格、整改不力，且位于小、散区块，建议调出园区'
        : '评价连续不合格，且位于小、散区块，建议调出园区；整改情况未填报，按整改不到位计',
      ineffective
        ? 'failed its evaluations years running, rectification ineffective, and in a small or scattered block: a candidate to move out of the zone'
        : 'failed its evaluations years running and in a small or scattered block: a candidate to move out of the zone; no rectification outcome is recorded, so it counts as not effective');
  }
  if (mask & FLAG_BIT['mixed-use-over-30']) {
    const s = cols.otherShare[row];
    add('mixed-use-over-30', { otherShare: s }, p.mixedUseOtherMax,
      `其他用途与生活配套占地上建筑面积 ${percentText(s, p.mixedUseOtherMax)}，超过 ${percentText(p.mixedUseOtherMax)} 上限`,
      `other uses and living amenities take ${percentText(s, p.mixedUseOtherMax)} of above-ground floor area, over the ${percentText(p.mixedUseOtherMax)} cap`);
  }
  if (mask & FLAG_BIT['mixed-use-amenity-over-15']) {
    const s = cols.amenityShare[row];
    add('mixed-use-amenity-over-15', { amenityShare: s }, p.mixedUseAmenityMax,
      `生活配套占地上建筑面积 ${percentText(s, p.mixedUseAmenityMax)}，超过 ${percentText(p.mixedUseAmenityMax)} 上限`,
      `living amenities take ${percentText(s, p.mixedUseAmenityMax)} of above-ground floor area, over the ${percentText(p.mixedUseAmenityMax)} cap`);
  }
  if (mask & FLAG_BIT['low-far']) {
    const far = cols.far[row];
    const target = farTargetOf(table, row, p);
    const potential = cols.potentialGfaM2[row];
    const rnd = table.landUseCategory[row] === CATEGORY_INDEX.rnd;
    // 沪府规〔2021〕9号 五.(二) permits raising FAR to these levels; it sets no minimum, so this is
    // potential to intensify, never a breach.
    add('low-far', { far, potentialGfaM2: potential }, target,
      `提容潜力：容积率 ${decimalText(far, target)}，${rnd ? '通用类研发用地' : '工业用地'}容积率可提高至 ${decimalText(target)} 及以上，` +
        `可增加建筑面积约 ${areaText(potential)} m²；存量用地经批准提高容积率的，不再增收土地价款`,
      `intensification potential: FAR ${decimalText(far, target)}; ${rnd ? 'general R&D' : 'industrial'} land may be raised to FAR ${decimalText(target)} and above, ` +
        `adding about ${areaText(potential)} m² of floor area; an approved increase on existing land costs no extra land price`);
  }
  if (mask & FLAG_BIT['approved-unsupplied']) {
    add('approved-unsupplied', { landStatus: 'approved-unsupplied' }, null, '已批准建设但尚未供地（批而未供）', 'approved for construction but not yet supplied');
  }
  if (mask & FLAG_BIT['idle-land']) {
    const asOfDay = parseIsoDay(result.asOf) ?? 0;
    const reason = idleReasonOf(table, row, asOfDay, p.idleYears);
    if (reason === 'not-started') {
      const agreed = table.dates.agreedStartDate[row];
      add('idle-land', { agreedStartDate: dayToIso(agreed), dueDate: dayToIso(addYears(agreed, p.idleYears)) }, p.idleYears,
        `约定 ${dayToIso(agreed)} 动工，满 ${p.idleYears} 年（${dayToIso(addYears(agreed, p.idleYears))}）仍未动工`,
        `agreed to start on ${dayToIso(agreed)} and still not started ${p.idleYears} year(s) later (${dayToIso(addYears(agreed, p.idleYears))})`);
    } else {
      const since = table.dates.suspendedSince[row];
      const dev = table.numeric.developedShare[row];
      const inv = table.numeric.investedShare[row];
      const parts = [
        dev < 1 / 3 ? [`已开发面积 ${percentText(dev)} 不足 1/3`, `developed ${percentText(dev)}, under 1/3`] : null,
        inv < 0.25 ? [`已投资 ${percentText(inv)} 不足 25%`, `invested ${percentText(inv)}, under 25%`] : null,
      ].filter((x): x is string[] => x !== null);
      add('idle-land', { suspendedSince: dayToIso(since), developedShare: dev, investedShare: inv }, p.idleYears,
        `自 ${dayToIso(since)} 停工满 ${p.idleYears} 年，${parts.map((x) => x[0]).join('，')}`,
        `work suspended since ${dayToIso(since)} for ${p.idleYears} year(s) or more; ${parts.map((x) => x[1]).join('; ')}`);
    }
  }
  if (mask & FLAG_BIT['vacant-building']) {
    const v = table.numeric.vacancyRate[row];
    add('vacant-building', { vacancyRate: v }, p.vacancyThreshold,
      `建筑空置率 ${percentText(v)}，达到 ${percentText(p.vacancyThreshold)} 的认定线${DEFAULT_NOTE_ZH}`,
      `${percentText(v)} of the floor area is vacant, at or above the ${percentText(p.vacancyThreshold)} threshold${DEFAULT_NOTE_EN}`);
  }
  if (mask & FLAG_BIT['evaluation-failed']) {
    const year = failedEvaluationYearOf(table, row, asOfYear);
    add('evaluation-failed', { year: year ?? '' }, null,
      `${year} 年综合绩效评价不合格，对地块及其运营主体开展督导`,
      `failed the ${year} yearly performance evaluation: the plot and its operator are to be supervised`);
  }
  return out;
}
