import type { SubparkIndicators } from '../schema/index.ts';

/**
 * The sub-park targets the plans set (DOMAIN.md §1) and whether the plot data can measure them.
 * A target the plots cannot measure (firms, patents, talent, funds…) is still shown, as "no data":
 * hiding it would tell leadership the plan has fewer targets than it has.
 */
export interface TargetMeasure {
  /** The indicator in SubparkIndicators that measures the target, in the target's unit, or null. */
  measure: ((s: SubparkIndicators) => number | null) | null;
  /** Higher is better (a measured value below the target misses it). */
  higherIsBetter: boolean;
}

export const TARGET_MEASURES: Readonly<Record<string, TargetMeasure>> = {
  labourProductivity: { measure: (s) => s.labourProductivity.value, higherIsBetter: true },
  rdIntensity: { measure: (s) => s.rdIntensity.value, higherIsBetter: true },
  outputPerMu: { measure: (s) => s.outputPerMu.value, higherIsBetter: true },
  taxPerMu: { measure: (s) => s.taxPerMu.value, higherIsBetter: true },
  farIndustrial: { measure: (s) => s.farIndustrial.value, higherIsBetter: true },
  mainBlockShare: { measure: (s) => s.mainBlockShare, higherIsBetter: true },
  highTechFirms: { measure: null, higherIsBetter: true },
  unicornsAndHiddenChampions: { measure: null, higherIsBetter: true },
  pctFilings: { measure: null, higherIsBetter: true },
  strategicEmergingOutputYi: { measure: null, higherIsBetter: true },
  /** Output of the city's three leading industries (ICs, biomedicine, AI: 三大先导产业), not of the sub-park's own leading industries. */
  threeLeadingIndustriesOutputYi: { measure: null, higherIsBetter: true },
  talent: { measure: null, higherIsBetter: true },
  qualityIncubators: { measure: null, higherIsBetter: true },
  fundsYi: { measure: null, higherIsBetter: true },
};

export interface TargetStatus {
  key: string;
  target: number;
  /** The year the target is for, or null when the data gives none. */
  year: number | null;
  /** The measured value, or null when the plots cannot measure it (or carry no data for it). */
  measured: number | null;
  /** true met, false missed, null unknown (no measure). */
  met: boolean | null;
}

/** Every target of a sub-park, in the file's order, against its measure (unknown keys have none). */
export function targetStatuses(targets: Record<string, number>, targetYears: Record<string, number>, indicators: SubparkIndicators | undefined): TargetStatus[] {
  return Object.entries(targets).map(([key, target]) => {
    const spec = Object.hasOwn(TARGET_MEASURES, key) ? TARGET_MEASURES[key] : undefined;
    const measured = spec?.measure && indicators ? spec.measure(indicators) : null;
    const met = measured === null ? null : spec!.higherIsBetter ? measured >= target : measured <= target;
    return { key, target, year: Object.hasOwn(targetYears, key) ? targetYears[key] : null, measured, met };
  });
}
