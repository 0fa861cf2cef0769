import { dayOfYmd, dayToIso, M2_PER_MU } from '../../src/index.ts';
import type { Random } from './random.ts';
import type { SyntheticSubpark } from './subparks.ts';

type Family = 'industrial' | 'rnd' | 'logistics' | 'commercial' | 'office' | 'residential' | 'green' | 'utility' | 'vacant';

/** Codes per family in all three systems the land-use table knows (DOMAIN.md §4). */
const CODES: Record<Family, readonly string[]> = {
  industrial: ['100101', '100101', '100102', '100103', '1001', 'M1', 'M2', 'M3'],
  rnd: ['0802', '0802', 'A35', 'C65'],
  logistics: ['1101', 'W1', 'W2'],
  commercial: ['0901', 'B1', 'C2'],
  office: ['0902', 'B2', 'C8'],
  residential: ['0701', 'R2', 'Rr3'],
  green: ['1401', 'G1'],
  utility: ['1301', 'U1'],
  vacant: ['2301'],
};

/** Share of plots per family, by the sub-park's character. */
const MIX: Record<SyntheticSubpark['character'], [Family, number][]> = {
  industry: [['industrial', 0.58], ['rnd', 0.12], ['logistics', 0.08], ['commercial', 0.04], ['office', 0.06], ['residential', 0.02], ['green', 0.04], ['utility', 0.02], ['vacant', 0.04]],
  rnd: [['industrial', 0.3], ['rnd', 0.4], ['logistics', 0.03], ['commercial', 0.05], ['office', 0.1], ['residential', 0.03], ['green', 0.04], ['utility', 0.02], ['vacant', 0.03]],
  office: [['industrial', 0.12], ['rnd', 0.25], ['logistics', 0.01], ['commercial', 0.15], ['office', 0.35], ['residential', 0.04], ['green', 0.04], ['utility', 0.02], ['vacant', 0.02]],
};

/** FAR range per family when built. */
const FAR_RANGE: Record<Family, [number, number]> = {
  industrial: [0.3, 3.0],
  rnd: [0.8, 4.5],
  logistics: [0.4, 1.5],
  commercial: [1.0, 4.0],
  office: [1.5, 6.0],
  residential: [1.2, 2.5],
  green: [0, 0.05],
  utility: [0.1, 0.8],
  vacant: [0, 0],
};

const INDUSTRY_WORDS = ['微电子', '集成电路', '生物医药', '智能制造', '新能源', '新材料', '人工智能', '机器人', '航空航天', '汽车零部件', '软件', '数据'];
const PLACE_WORDS = ['产业园', '研发中心', '科技园', '厂区', '创新港', '孵化基地', '总部园'];
const NAME_SYLLABLES = ['华', '芯', '联', '瑞', '恒', '博', '安', '达', '锦', '翔', '腾', '和', '源', '智', '诚', '宏', '泰', '信'];
const FIRM_WORDS = ['科技', '电子', '生物', '材料', '智能', '精密', '半导体', '医疗器械'];

function isoDate(year: number, month: number, day: number): string {
  return dayToIso(dayOfYmd(year, month, day));
}

function randomDate(rng: Random, fromYear: number, toYear: number): [number, number, number] {
  const year = rng.int(fromYear, toYear);
  // Now and then 29 February, the date rule's edge (+1 year → 1 March).
  if (year % 4 === 0 && rng.chance(0.002)) return [year, 2, 29];
  return [year, rng.int(1, 12), rng.int(1, 28)];
}

function laterDate([y, m, d]: [number, number, number], rng: Random, minDays: number, maxDays: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d) + rng.int(minDays, maxDays) * 86_400_000);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface PlotContext {
  id: string;
  subpark: SyntheticSubpark;
  /** Geometric area of the outline, m². */
  areaM2: number;
  /** Running number within the sub-park, for names. */
  serial: number;
}

/**
 * Properties of one plot (DOMAIN.md §4), drawn so that every rule has work: about 4% weak plots,
 * 3% approved-unsupplied, idle and suspended plots, FAR below and exactly at the targets, mixed-use
 * shares over and exactly at the caps, vacant buildings, and economics for the indicators. Rare
 * oddities (an unknown land-use code, two evaluations in one year) exercise validation warnings.
 */
export function plotAttributes(rng: Random, ctx: PlotContext): Record<string, unknown> {
  const family = pickFamily(rng, ctx.subpark.character);
  const p: Record<string, unknown> = {
    id: ctx.id,
    subparkId: ctx.subpark.id,
    landUse: rng.chance(0.0005) ? 'X9' : rng.pick(CODES[family]),
    name: `${ctx.subpark.nameZh}${rng.pick(INDUSTRY_WORDS)}${rng.pick(PLACE_WORDS)}${ctx.serial}号地块`,
  };
  const business = family !== 'green' && family !== 'utility' && family !== 'vacant' && family !== 'residential';
  if (business && rng.chance(0.8)) p.enterprise = `上海${rng.pick(NAME_SYLLABLES)}${rng.pick(NAME_SYLLABLES)}${rng.pick(FIRM_WORDS)}有限公司`;
  const declaredArea = rng.chance(0.6) ? round(ctx.areaM2 * rng.uniform(0.995, 1.005), 2) : undefined;
  if (declaredArea !== undefined) p.landAreaM2 = declaredArea;
  const landArea = declaredArea ?? ctx.areaM2;

  const unsupplied = family !== 'green' && family !== 'utility' && rng.chance(0.03);
  if (unsupplied) p.landStatus = 'approved-unsupplied';
  else if (rng.chance(0.5)) p.landStatus = 'supplied';

  let started = false;
  let startYear = 2000;
  if (!unsupplied && family !== 'green' && rng.chance(0.9)) {
    const agreed = randomDate(rng, 2003, 2025);
    p.agreedStartDate = isoDate(...agreed);
    if (rng.chance(0.93)) {
      const actual = laterDate(agreed, rng, -60, 400);
      p.actualStartDate = isoDate(...actual);
      started = true;
      startYear = actual[0];
      if (rng.chance(0.04)) {
        p.suspendedSince = isoDate(...laterDate(actual, rng, 200, 2500));
        p.developedShare = round(rng.uniform(0, 0.6), 3);
        p.investedShare = round(rng.uniform(0, 0.5), 3);
      } else if (rng.chance(0.5)) {
        p.developedShare = round(rng.uniform(0.7, 1), 3);
        p.investedShare = round(rng.uniform(0.6, 1), 3);
      }
    }
  }

  let gfa = 0;
  if (started && rng.chance(0.9)) {
    const [lo, hi] = FAR_RANGE[family];
    const atTarget = (family === 'industrial' || family === 'rnd') && declaredArea !== undefined && rng.chance(0.02);
    // Exactly at the target passes: gfa = target × declared area makes FAR exactly the target.
    gfa = atTarget ? (family === 'industrial' ? 2 : 3) * declaredArea : round(rng.uniform(lo, hi) * landArea, 1);
    p.gfaAboveM2 = gfa;
    if ((family === 'industrial' || family === 'rnd') && rng.chance(0.6)) addMixedUse(rng, p, gfa);
    if (rng.chance(0.7)) p.heightM = round(Math.max(6, (gfa / landArea) * rng.uniform(4, 7)), 1);
  }
  if (started && rng.chance(0.65)) {
    const v = rng.next();
    p.vacancyRate = v < 0.005 ? 0.5 : v < 0.075 ? round(rng.uniform(0.5, 1), 3) : round(rng.uniform(0, 0.3), 3);
  }
  if (started && business && rng.chance(0.75)) addEvaluations(rng, p, startYear);
  if (started && business && gfa > 0 && rng.chance(0.75)) addEconomics(rng, p, landArea, gfa);
  return p;
}

function pickFamily(rng: Random, character: SyntheticSubpark['character']): Family {
  let u = rng.next();
  for (const [family, share] of MIX[character]) {
    if (u < share) return family;
    u -= share;
  }
  return 'industrial';
}

function addMixedUse(rng: Random, p: Record<string, unknown>, gfa: number): void {
  if (rng.chance(0.02)) {
    // Exactly at both caps: (150k + 150k) / 1000k is exactly 0.3 and 150k / 1000k exactly 0.15.
    const k = Math.max(1, Math.round(gfa / 1000));
    p.gfaAboveM2 = 1000 * k;
    p.gfaOtherM2 = 150 * k;
    p.gfaAmenityM2 = 150 * k;
    return;
  }
  const other = rng.uniform(0, 0.42);
  const amenity = rng.uniform(0, Math.min(other, 0.22));
  p.gfaOtherM2 = round(gfa * (other - amenity), 1);
  p.gfaAmenityM2 = round(gfa * amenity, 1);
}

function addEvaluations(rng: Random, p: Record<string, unknown>, startYear: number): void {
  const weak = rng.chance(0.06);
  const passChance = weak ? 0.25 : 0.94;
  const evaluations: { year: number; pass: boolean; score: number }[] = [];
  for (let year = Math.max(2019, startYear + 1); year <= 2025; year++) {
    const pass = rng.chance(passChance);
    evaluations.push({ year, pass, score: pass ? rng.int(60, 98) : rng.int(25, 59) });
  }
  if (evaluations.length > 0 && rng.chance(0.001)) evaluations.push({ ...evaluations[0], pass: !evaluations[0].pass });
  if (evaluations.length > 0) p.evaluations = evaluations;
}

function addEconomics(rng: Random, p: Record<string, unknown>, landAreaM2: number, gfaM2: number): void {
  const mu = landAreaM2 / M2_PER_MU;
  const revenue = round(mu * rng.logUniform(80, 3_000), 1);
  p.revenue = revenue;
  if (rng.chance(0.9)) p.tax = round(revenue * rng.uniform(0.02, 0.1), 1);
  if (rng.chance(0.8)) p.valueAdded = round(revenue * rng.uniform(0.15, 0.4), 1);
  if (rng.chance(0.7)) p.rdSpend = round(revenue * rng.uniform(0, 0.12), 1);
  if (rng.chance(0.85)) p.employees = Math.max(1, Math.round(gfaM2 / rng.uniform(30, 150)));
}
