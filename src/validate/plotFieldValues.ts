import { DATE_FIELDS, NUMERIC_FIELDS } from '../schema/index.ts';
import type { FlatGeometry } from './flatGeometry.ts';

/** Slots: the numeric fields, then the date fields, then the other contract fields. */
export const SLOT_ID = NUMERIC_FIELDS.length + DATE_FIELDS.length;
export const SLOT_SUBPARK = SLOT_ID + 1;
export const SLOT_LAND_USE = SLOT_ID + 2;
export const SLOT_LAND_STATUS = SLOT_ID + 3;
export const SLOT_NAME = SLOT_ID + 4;
export const SLOT_ENTERPRISE = SLOT_ID + 5;
export const SLOT_EVALUATIONS = SLOT_ID + 6;
export const SLOT_RECTIFICATION = SLOT_ID + 7;
export const SLOT_COUNT = SLOT_ID + 8;

/** Contract property name → its slot. */
export const FIELD_SLOT: ReadonlyMap<string, number> = new Map([
  ...[...NUMERIC_FIELDS, ...DATE_FIELDS].map((f, i) => [f, i] as const),
  ['id', SLOT_ID],
  ['subparkId', SLOT_SUBPARK],
  ['landUse', SLOT_LAND_USE],
  ['landStatus', SLOT_LAND_STATUS],
  ['name', SLOT_NAME],
  ['enterprise', SLOT_ENTERPRISE],
  ['evaluations', SLOT_EVALUATIONS],
  ['rectification', SLOT_RECTIFICATION],
]);

/** What a slot holds. */
export const ABSENT = 0;
export const NULL = 1;
/** A JSON number, in `numbers`. */
export const NUMBER = 2;
/** Any other value (a string, a boolean, an object), in `values`. */
export const VALUE = 3;
/** A date field written as a valid `YYYY-MM-DD`: its day number is in `numbers`. */
export const DAY = 4;
/** The evaluations, every entry a clean `{year, pass, score?}`: in evalYears/evalPass/evalScores. */
export const CLEAN_EVALUATIONS = 5;

/**
 * The contract properties of one feature by slot, plus what validation needs from the rest of it.
 * Filled either from a parsed properties object (`fromProperties`) or straight from the feature's
 * bytes (src/io/plotFeatureReader.ts), so both go through one validation. Reused from feature to
 * feature: numbers stay unboxed, and no object is built per feature.
 */
export class PlotFieldValues {
  readonly kinds = new Uint8Array(SLOT_COUNT);
  readonly numbers = new Float64Array(SLOT_COUNT);
  readonly values: unknown[] = new Array<unknown>(SLOT_COUNT).fill(undefined);
  /** The Feature's own `id` member (used when properties.id is absent). */
  featureId: unknown = undefined;
  /** Whether the Feature had a `type` member (it is "Feature" when filled from bytes). */
  hasType = true;
  /** Property names that are not contract fields, in order (bytes route only; see misspelledFields.ts). */
  readonly otherKeys: string[] = [];
  /** The geometry (bytes route only). */
  geometry: FlatGeometry | null = null;
  /** Clean evaluations, in the order written. */
  evalYears: number[] = [];
  evalPass: number[] = [];
  evalScores: number[] = [];

  clear(): void {
    this.kinds.fill(ABSENT);
    this.featureId = undefined;
    this.hasType = true;
    this.geometry = null;
    // Setting a length is a call even when it is already 0.
    if (this.otherKeys.length > 0) this.otherKeys.length = 0;
    if (this.evalYears.length > 0) {
      this.evalYears.length = 0;
      this.evalPass.length = 0;
      this.evalScores.length = 0;
    }
  }

  /** Slots of the contract properties of a parsed object; other properties stay where they are. */
  fromProperties(p: Record<string, unknown>): void {
    this.kinds.fill(ABSENT);
    // for-in over what the feature has, not a lookup per contract field: most plots lack many
    // optional fields, and a keyed lookup of an absent name was a third of the validation time.
    for (const key in p) {
      const slot = FIELD_SLOT.get(key);
      if (slot === undefined || !Object.hasOwn(p, key)) continue;
      const value = p[key];
      if (value === null) this.kinds[slot] = NULL;
      else if (typeof value === 'number') {
        this.kinds[slot] = NUMBER;
        this.numbers[slot] = value;
      } else {
        this.kinds[slot] = VALUE;
        this.values[slot] = value;
      }
    }
  }

  /** The slot's value as JSON.parse would have given it (a DAY or CLEAN_EVALUATIONS slot is not asked this way). */
  valueAt(slot: number): unknown {
    switch (this.kinds[slot]) {
      case ABSENT:
        return undefined;
      case NULL:
        return null;
      case NUMBER:
        return this.numbers[slot];
      default:
        return this.values[slot];
    }
  }
}
