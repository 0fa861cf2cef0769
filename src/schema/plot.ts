/** Plot attributes exactly as the data contract (DOMAIN.md §4) names them. Units are in the names. */
export type LandStatus = 'supplied' | 'approved-unsupplied';
/** Outcome of the rectification (整改) after failed evaluations; absent = unknown. */
export type Rectification = 'effective' | 'ineffective';

export interface Evaluation {
  year: number;
  pass: boolean;
  score?: number;
}

export interface PlotProperties {
  id: string;
  /** null (or "" in input) = outside every sub-park (区外地块). */
  subparkId: string | null;
  landUse: string;
  name?: string;
  enterprise?: string;
  landAreaM2?: number;
  landStatus?: LandStatus;
  agreedStartDate?: string;
  actualStartDate?: string;
  suspendedSince?: string;
  developedShare?: number;
  investedShare?: number;
  gfaAboveM2?: number;
  gfaOtherM2?: number;
  gfaAmenityM2?: number;
  vacancyRate?: number;
  heightM?: number;
  evaluations?: Evaluation[];
  rectification?: Rectification;
  /** Money fields are in 万元 (10k CNY). */
  revenue?: number;
  tax?: number;
  valueAdded?: number;
  rdSpend?: number;
  employees?: number;
}

/** Numeric plot fields stored as Float64 columns (NaN = missing). Order is part of the worker wire format. */
export const NUMERIC_FIELDS = [
  'landAreaM2',
  'developedShare',
  'investedShare',
  'gfaAboveM2',
  'gfaOtherM2',
  'gfaAmenityM2',
  'vacancyRate',
  'heightM',
  'revenue',
  'tax',
  'valueAdded',
  'rdSpend',
  'employees',
] as const;
export type NumericField = (typeof NUMERIC_FIELDS)[number];

/** Date fields stored as day numbers since 1970-01-01 (Int32, MISSING_DAY = missing). */
export const DATE_FIELDS = ['agreedStartDate', 'actualStartDate', 'suspendedSince'] as const;
export type DateField = (typeof DATE_FIELDS)[number];
export const MISSING_DAY = -2147483648;

/** Fields whose value is a share in 0..1. */
export const SHARE_FIELDS: readonly NumericField[] = ['developedShare', 'investedShare', 'vacancyRate'];
