/** Sub-park (分园) boundary attributes (DOMAIN.md §4). */
export interface SubparkProperties {
  id: string;
  /** Chinese name. */
  name: string;
  nameEn: string;
  district: string;
  approvedAreaKm2: number;
  leadingIndustries: string[];
  /** indicator key (see analysis/indicators) → target value in the indicator's unit. */
  targets: Record<string, number>;
}
