/** Sub-park (分园) boundary attributes (DOMAIN.md §4). */
export interface SubparkProperties {
  id: string;
  /** Chinese name. */
  name: string;
  nameEn: string;
  district: string;
  approvedAreaKm2: number;
  leadingIndustries: string[];
  /** indicator key (see analysis/targetMeasures.ts) → target value in the indicator's unit. */
  targets: Record<string, number>;
  /**
   * indicator key → the year the target is for (the action plans' targets are for 2026). In the file a
   * target is `{ "value": 53.3, "year": 2026 }`, or a bare number with the sub-park's `targetsYear`.
   * A key without a year here has none given, and is shown so.
   */
  targetYears: Record<string, number>;
}
