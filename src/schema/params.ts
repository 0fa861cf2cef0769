/** How the area-balance ledger of a proposal is checked (DOMAIN.md §8). */
export const BALANCE_SCOPES = ['subpark', 'zone'] as const;
export type BalanceScope = (typeof BALANCE_SCOPES)[number];
export const BALANCE_MODES = ['no-net-increase', 'equal'] as const;
export type BalanceMode = (typeof BALANCE_MODES)[number];

/** Analysis parameters (DOMAIN.md §5). Every default is overridable through a params file or the UI. */
export interface AnalysisParams {
  joinDistanceM: number;
  smallBlockAreaM2: number;
  scatterDistanceM: number;
  weakYears: number;
  mixedUseOtherMax: number;
  mixedUseAmenityMax: number;
  farTargetIndustrial: number;
  farTargetRnd: number;
  idleYears: number;
  vacancyThreshold: number;
  consolidationMinAreaM2: number;
  /**
   * The proposal balance rule (§8). Kept with the analysis parameters so that one params file and
   * one rules panel set everything in force; the analysis itself never reads them.
   */
  balanceScope: BalanceScope;
  balanceMode: BalanceMode;
  balanceToleranceM2: number;
}

/** The parameters whose values are numbers (all but the balance rule's two choices). */
export type NumericParamKey = { [K in keyof AnalysisParams]: AnalysisParams[K] extends number ? K : never }[keyof AnalysisParams];

export const DEFAULT_PARAMS: Readonly<AnalysisParams> = Object.freeze({
  joinDistanceM: 50,
  smallBlockAreaM2: 100_000,
  scatterDistanceM: 1_000,
  weakYears: 2,
  mixedUseOtherMax: 0.3,
  mixedUseAmenityMax: 0.15,
  farTargetIndustrial: 2.0,
  farTargetRnd: 3.0,
  idleYears: 1,
  vacancyThreshold: 0.5,
  consolidationMinAreaM2: 30_000,
  balanceScope: 'subpark',
  balanceMode: 'no-net-increase',
  balanceToleranceM2: 0,
});
