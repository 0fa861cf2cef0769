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
}

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
});
