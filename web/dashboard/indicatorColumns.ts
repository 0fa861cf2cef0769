import type { SubparkIndicators } from '../../src/index.ts';
import type { Language } from '../i18n/index.ts';
import { M2_PER_MU } from '../../src/index.ts';
import { countText, decimalText, fixedText, floorAreaText, largeAreaText, percentText } from '../format/numbers.ts';

/** One indicator of DOMAIN.md §5 as the dashboard shows it. */
export interface IndicatorColumn {
  key: string;
  labelKey: string;
  valueOf: (s: SubparkIndicators) => number | null;
  text: (v: number | null, language: Language) => string;
  unitKey?: string;
  /** Coverage for values measured over the plots carrying the data. */
  coverageOf?: (s: SubparkIndicators) => { with: number; of: number };
  /** Higher is better (for the bar colour in the ranking). */
  higherIsBetter: boolean;
  /**
   * The ranking table states one unit per column, in its header (a column mixing 亩 and km² cannot be
   * read down): the unit's i18n key per language and the bare number in that unit.
   */
  tableUnitKey?: (language: Language) => string;
  tableText?: (v: number | null, language: Language) => string;
}

const area = (v: number | null, l: Language) => (v === null ? '—' : largeAreaText(v, l));
/** Land areas in the table: 亩 in Chinese, hectares in English. */
const fixed = (digits: number) => (v: number | null, l: Language) => fixedText(v, l, digits);
const fixedPercent = (digits: number) => (v: number | null, l: Language) => (v === null || !Number.isFinite(v) ? '—' : `${fixedText(v * 100, l, digits)}%`);
const landUnitKey = (l: Language) => (l === 'zh' ? 'unit.mu' : 'unit.ha');
const landText = (v: number | null, l: Language) => (v === null ? '—' : l === 'zh' ? fixedText(v / M2_PER_MU, l, 0) : fixedText(v / 1e4, l, 1));

export const INDICATOR_COLUMNS: readonly IndicatorColumn[] = [
  { key: 'plotCount', labelKey: 'dashboard.plots', valueOf: (s) => s.plotCount, text: (v, l) => (v === null ? '—' : countText(v, l)), higherIsBetter: true },
  { key: 'areaM2', labelKey: 'dashboard.area', valueOf: (s) => s.areaM2, text: area, higherIsBetter: true,
    tableUnitKey: () => 'unit.km2', tableText: (v, l) => (v === null ? '—' : fixedText(v / 1e6, l, 2)) },
  { key: 'blockCount', labelKey: 'dashboard.blocks', valueOf: (s) => s.blockCount, text: (v, l) => (v === null ? '—' : countText(v, l)), higherIsBetter: false },
  { key: 'mainBlockShare', labelKey: 'dashboard.mainBlockShare', valueOf: (s) => s.mainBlockShare, text: (v, l) => percentText(v, l), higherIsBetter: true, tableText: fixedPercent(1) },
  { key: 'idleAreaM2', labelKey: 'dashboard.idleArea', valueOf: (s) => s.idleAreaM2, text: area, higherIsBetter: false, tableUnitKey: landUnitKey, tableText: landText },
  { key: 'unsuppliedAreaM2', labelKey: 'dashboard.unsuppliedArea', valueOf: (s) => s.unsuppliedAreaM2, text: area, higherIsBetter: false, tableUnitKey: landUnitKey, tableText: landText },
  { key: 'vacantBuildingAreaM2', labelKey: 'dashboard.vacantArea', valueOf: (s) => s.vacantBuildingAreaM2, text: area, higherIsBetter: false, tableUnitKey: landUnitKey, tableText: landText },
  { key: 'potentialGfaM2', labelKey: 'dashboard.potentialGfa', valueOf: (s) => s.potentialGfaM2, text: (v, l) => (v === null ? '—' : floorAreaText(v, l)), higherIsBetter: false,
    tableUnitKey: () => 'unit.floorAreaTable', tableText: (v, l) => (v === null ? '—' : l === 'zh' ? fixedText(v / 1e4, l, 1) : fixedText(v / 1e3, l, 0)),
  },
  {
    key: 'farIndustrial', labelKey: 'dashboard.farIndustrial', valueOf: (s) => s.farIndustrial.value, text: (v, l) => decimalText(v, l), tableText: fixed(2),
    coverageOf: (s) => ({ with: s.farIndustrial.plotsWithData, of: s.farIndustrial.plotsApplicable }), higherIsBetter: true,
  },
  {
    key: 'outputPerMu', labelKey: 'dashboard.outputPerMu', unitKey: 'unit.wanPerMu', valueOf: (s) => s.outputPerMu.value, text: (v, l) => decimalText(v, l, 1), tableText: fixed(1),
    coverageOf: (s) => ({ with: s.outputPerMu.plotsWithData, of: s.outputPerMu.plotsApplicable }), higherIsBetter: true,
  },
  {
    key: 'taxPerMu', labelKey: 'dashboard.taxPerMu', unitKey: 'unit.wanPerMu', valueOf: (s) => s.taxPerMu.value, text: (v, l) => decimalText(v, l, 1), tableText: fixed(1),
    coverageOf: (s) => ({ with: s.taxPerMu.plotsWithData, of: s.taxPerMu.plotsApplicable }), higherIsBetter: true,
  },
  {
    key: 'rdIntensity', labelKey: 'dashboard.rdIntensity', valueOf: (s) => s.rdIntensity.value, text: (v, l) => percentText(v, l, 2), tableText: fixedPercent(2),
    coverageOf: (s) => ({ with: s.rdIntensity.plotsWithData, of: s.rdIntensity.plotsApplicable }), higherIsBetter: true,
  },
  {
    key: 'labourProductivity', labelKey: 'dashboard.labourProductivity', unitKey: 'unit.wanPerPerson', valueOf: (s) => s.labourProductivity.value, text: (v, l) => decimalText(v, l, 1), tableText: fixed(1),
    coverageOf: (s) => ({ with: s.labourProductivity.plotsWithData, of: s.labourProductivity.plotsApplicable }), higherIsBetter: true,
  },
];

/** A sub-park's target for an indicator, if its boundary file names one (key as the indicator, case-insensitive). */
export function targetOf(targets: Record<string, number> | undefined, key: string): number | null {
  if (!targets) return null;
  const found = Object.entries(targets).find(([k]) => k.toLowerCase() === key.toLowerCase());
  return found && Number.isFinite(found[1]) ? found[1] : null;
}
