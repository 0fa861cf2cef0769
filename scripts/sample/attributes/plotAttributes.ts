/** All contract attributes of one plot, from its shape, use, state and park. */
import type { Evaluation, LandUseCategory, PlotProperties } from '../../../src/index.ts';
import { dayToIso, parseIsoDay } from '../../../src/index.ts';
import type { Rng } from '../lib/prng.ts';
import type { PlacedPiece } from '../outline/placedPiece.ts';
import type { RawPlot } from '../plots/rawPlot.ts';
import type { ParkCharacter } from '../subparkTypes.ts';
import { buildingHeightM, builtFar, hasBuildings, mixedUse, vacancyRate } from './buildings.ts';
import { economics, type Economics } from './economics.ts';
import { LESS_THAN_A_YEAR_BEFORE_AS_OF, ONE_YEAR_BEFORE_AS_OF, roundedLandAreaM2, type EdgeCase } from './edgeCases.ts';
import { evaluations, rectificationOf } from './evaluations.ts';
import type { PlotState } from './plotState.ts';

export interface PlotContext {
  id: string;
  subparkId: string;
  landUse: string;
  name?: string;
  enterprise?: string;
  raw: RawPlot;
  piece: PlacedPiece;
  character: ParkCharacter;
  state: PlotState | undefined;
  edge?: EdgeCase;
  supertall: boolean;
}

export interface PlotResult {
  properties: PlotProperties;
  /** The plot's economics object, for calibration (same object as in properties' values). */
  economics?: Economics;
}

const EVALUATED: readonly LandUseCategory[] = ['industrial', 'rnd', 'logistics'];
/** Records of land supplied before this year carry no development dates (not digitised). */
const DATES_FROM_YEAR = 2006;

/** Day number of a civil date (valid by construction). */
function dayOfYmd(year: number, month: number, day: number): number {
  const n = parseIsoDay(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  if (n === null) throw new Error(`bad date ${year}-${month}-${day}`);
  return n;
}

const yearOfDay = (day: number): number => Number(dayToIso(day).slice(0, 4));

function isoDate(year: number, rng: Rng): number {
  return dayOfYmd(year, rng.int(1, 12), rng.int(1, 28));
}

export function plotAttributes(ctx: PlotContext, rng: Rng): PlotResult {
  const { raw, piece, character, state, edge } = ctx;
  const category = raw.category;
  const p: PlotProperties = { id: ctx.id, subparkId: ctx.subparkId, landUse: ctx.landUse };
  if (ctx.name) p.name = ctx.name;
  const declared = (): number => Math.round(raw.areaM2 * (rng.chance(0.2) ? rng.range(0.996, 1.004) : 1));

  if (state === undefined) {
    // Public, residential, utility, green, road, water, vacant land.
    if (category === 'residential' || category === 'public') p.landAreaM2 = declared();
    if (category === 'vacant' && rng.chance(0.3)) p.landStatus = 'approved-unsupplied';
    if (hasBuildings(category)) {
      const far = builtFar(category, character, rng.int(piece.era[0], piece.era[1]), rng);
      p.gfaAboveM2 = Math.round((far * raw.areaM2) / 10) * 10;
      p.heightM = buildingHeightM(category, far, false, rng);
    }
    return { properties: p };
  }

  if (ctx.enterprise && state !== 'unsupplied') p.enterprise = ctx.enterprise;
  p.landAreaM2 = declared();
  if (state === 'unsupplied') {
    p.landStatus = 'approved-unsupplied';
    return { properties: p };
  }

  const recent = state === 'underConstruction' || state === 'notStarted';
  const supplyYear = recent ? rng.int(2023, 2025) : state === 'suspended' ? rng.int(2018, 2023) : rng.int(piece.era[0], piece.era[1]);
  let agreed = isoDate(supplyYear, rng);
  if (state === 'notStarted' && agreed > dayOfYmd(2026, 3, 31)) agreed = dayOfYmd(2026, 3, 31);
  const actual = agreed + rng.int(-20, 240);
  const lowQuality = state === 'suspended' || state === 'vacantBuilt';
  const quality = rng.normal() - (piece.farFlung ? 1.5 : 0) - (lowQuality ? 1.0 : 0) - (supplyYear < 2005 && character !== 'cbd' ? 0.3 : 0);

  if (supplyYear >= DATES_FROM_YEAR || state !== 'built') p.agreedStartDate = dayToIso(agreed);
  if (state === 'notStarted') {
    if (edge === 'idleExactlyOneYear') p.agreedStartDate = ONE_YEAR_BEFORE_AS_OF;
    if (edge === 'notYetIdle') p.agreedStartDate = LESS_THAN_A_YEAR_BEFORE_AS_OF;
    if (edge === 'leapDayStart') p.agreedStartDate = '2024-02-29';
    return { properties: p };
  }
  if (p.agreedStartDate) p.actualStartDate = dayToIso(Math.min(actual, dayOfYmd(2026, 5, 31)));
  if (state === 'underConstruction') {
    p.developedShare = Math.round(rng.range(0.1, 0.9) * 100) / 100;
    p.investedShare = Math.round(Math.min(1, p.developedShare + rng.range(-0.05, 0.2)) * 100) / 100;
    return { properties: p };
  }
  if (state === 'suspended') {
    p.agreedStartDate = dayToIso(agreed);
    p.actualStartDate = dayToIso(actual);
    const since = Math.min(actual + rng.int(60, 1200), dayOfYmd(2026, 3, 31));
    p.suspendedSince = edge === 'suspendedExactlyOneYear' ? ONE_YEAR_BEFORE_AS_OF : dayToIso(since);
    p.developedShare = edge === 'suspendedExactlyOneYear' ? 0.3 : Math.round(rng.range(0.05, 0.6) * 100) / 100;
    p.investedShare = edge === 'suspendedExactlyOneYear' ? 0.2 : Math.round(rng.range(0.05, 0.5) * 100) / 100;
    if (EVALUATED.includes(category)) p.evaluations = evaluations(yearOfDay(actual), quality, rng);
    const rectification = rectificationOf(p.id, p.evaluations ?? []);
    if (rectification) p.rectification = rectification;
    return { properties: p };
  }

  // Built (possibly mostly vacant).
  const startYear = yearOfDay(actual);
  let far = ctx.supertall ? rng.range(10, 14) : builtFar(category, character, startYear + 1, rng);
  if (edge === 'far2Mix30Amenity15' || edge === 'rndFar3') {
    const landM2 = roundedLandAreaM2(raw.areaM2);
    far = edge === 'rndFar3' ? 3 : 2;
    p.landAreaM2 = landM2;
    p.gfaAboveM2 = landM2 * far;
  } else {
    p.gfaAboveM2 = Math.max(10, Math.round((far * raw.areaM2) / 10) * 10);
  }
  if (category === 'industrial' || category === 'rnd') {
    if (edge === 'far2Mix30Amenity15') {
      p.gfaOtherM2 = (p.gfaAboveM2 * 15) / 100;
      p.gfaAmenityM2 = (p.gfaAboveM2 * 15) / 100;
    } else if (edge !== 'rndFar3') {
      const mix = mixedUse(p.gfaAboveM2, rng);
      if (mix.otherM2 > 0 || mix.amenityM2 > 0) {
        p.gfaOtherM2 = mix.otherM2;
        p.gfaAmenityM2 = mix.amenityM2;
      }
    }
  }
  p.vacancyRate = edge === 'vacancy50' ? 0.5 : vacancyRate(category, character, state === 'vacantBuilt', rng);
  p.heightM = buildingHeightM(category, far, ctx.supertall, rng);
  if (EVALUATED.includes(category)) {
    const list: Evaluation[] = evaluations(startYear, quality, rng);
    if (list.length > 0) p.evaluations = list;
    const rectification = rectificationOf(p.id, list);
    if (rectification) p.rectification = rectification;
  }
  if (!rng.chance(piece.farFlung ? 0.75 : 0.88)) return { properties: p };
  const econ = economics(category, p.gfaAboveM2 * (1 - p.vacancyRate), quality, rng);
  return { properties: p, economics: econ };
}
