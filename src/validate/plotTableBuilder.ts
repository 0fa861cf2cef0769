/**
 * Validation policy — what "bad input never disappears; the rest is still loaded" means:
 *
 * - Feature-level problems drop the plot and are reported as `error`: not an object, not a
 *   Feature, properties missing or not an object, no usable id, a duplicate id (the first
 *   occurrence in the input keeps the id, even if it is dropped for another reason),
 *   geometry missing, of the wrong type or invalid (out-of-range, projected-looking or non-numeric
 *   coordinates, rings too short, self-intersecting or without area).
 * - Field-level problems keep the plot and are reported as `warning`: the field is treated as
 *   missing (NaN / MISSING_DAY / ''), repaired (an unclosed ring is closed) or read leniently (a
 *   numeric string, a numeric id, a date-time cut to its date), and the message says which.
 * - subparkId null or "" is a plot outside every sub-park (DOMAIN.md §4); a missing or unusable
 *   subparkId warns and reads the same way, so the plot stays visible instead of disappearing.
 * - A missing or unknown land-use code is a warning and the plot is classified `other`: it still
 *   has geometry and attributes that blocks, areas and indicators rely on, and dropping it would
 *   quietly shrink blocks and sub-park totals.
 * - Inconsistencies between fields (floor-area parts over the total, declared land area far from
 *   the geometry's, suspension before the start, several evaluations in one year) are warnings
 *   and the values are kept as given.
 * - null is "no data" and is silent; unknown extra properties are ignored, except names that look
 *   like a misspelled contract field, which warn.
 * - One pass reports every problem of a feature (the checks go on after an error), and the
 *   builder never throws: an unexpected failure on a feature becomes an `internal-error` error.
 */
import {
  DATE_FIELDS,
  LAND_USE_CATEGORIES,
  MISSING_DAY,
  NUMERIC_FIELDS,
  SHARE_FIELDS,
  type InputIssue,
  type PlotTable,
} from '../schema/index.ts';
import type { LandUseTable } from '../landuse/landUseTable.ts';
import { dateFieldValue } from './dateFieldValue.ts';
import { describeValue } from './describeValue.ts';
import { EvaluationList } from './evaluationList.ts';
import { FeatureLog } from './featureLog.ts';
import { GeometryBuffers } from './geometryBuffers.ts';
import { GeometryWriter } from './geometryWriter.ts';
import { landUseCodeValue, plotIdValue, subparkIdValue } from './identityFields.ts';
import { duplicateIdMessage } from './duplicateId.ts';
import { labelValue } from './labelValue.ts';
import { landStatusValue } from './landStatusValue.ts';
import { rectificationValue } from './rectificationValue.ts';
import { reportMisspelledFields, reportMisspelledKeys } from './misspelledFields.ts';
import { jsonNumberFieldValue, numberFieldValue } from './numberFieldValue.ts';
import {
  CLEAN_EVALUATIONS,
  DAY,
  NUMBER,
  PlotFieldValues,
  SLOT_ENTERPRISE,
  SLOT_EVALUATIONS,
  SLOT_ID,
  SLOT_LAND_STATUS,
  SLOT_LAND_USE,
  SLOT_NAME,
  SLOT_RECTIFICATION,
  SLOT_SUBPARK,
} from './plotFieldValues.ts';
import { emptyPendingRow, PlotRowBuffers, type PendingRow } from './plotRowBuffers.ts';

/**
 * Validates features one at a time (so a 1M-plot file can stream through) and packs the good ones
 * into a PlotTable. Bad features are reported and left out; warnings keep the feature.
 */
export interface PlotTableBuilder {
  /** `index` is the feature's 0-based position in the input. `feature` is untrusted parsed JSON. */
  add(feature: unknown, index: number): void;
  /**
   * The same for a Feature read from its bytes (src/io/plotFeatureReader.ts): an object whose type
   * is "Feature" or absent, with properties (an object) and a geometry; exactly the rows and
   * issues `add` gives for JSON.parse of those bytes.
   */
  addFields(fields: PlotFieldValues, index: number): void;
  /** A problem with the input as a whole, or with a feature that could not even be parsed. */
  report(issue: InputIssue): void;
  /** The table of kept plots and every issue, sorted by feature index (file-level issues, -1, first). */
  finish(): { table: PlotTable; issues: InputIssue[] };
  /** Each id at its first use, kept or not, in input order: what merging parts needs (plotTableParts.ts). */
  idsSeen(): { ids: string[]; featureIndex: Uint32Array };
}

// Hot-loop copies of imported constants: tsx (the CLI) compiles imported bindings to getter calls,
// which showed up at ~15% in profiles of a 200k-plot run.
const NUMERIC = NUMERIC_FIELDS;
const DATES = DATE_FIELDS;
const NO_DAY = MISSING_DAY;
const IS_SHARE: readonly boolean[] = NUMERIC_FIELDS.map((f) => SHARE_FIELDS.includes(f));
const OTHER = LAND_USE_CATEGORIES.indexOf('other');
const CATEGORY_INDEX: ReadonlyMap<string, number> = new Map(LAND_USE_CATEGORIES.map((c, i) => [c, i]));
/** subparkIndex is a Uint16Array. */
const MAX_SUBPARKS = 65_536;
/** Declared vs geometric land area: warn beyond both tolerances (relative and absolute). */
const AREA_MISMATCH_SHARE = 0.2;
const AREA_MISMATCH_M2 = 200;

const F_LAND_AREA = NUMERIC_FIELDS.indexOf('landAreaM2');
const F_GFA_ABOVE = NUMERIC_FIELDS.indexOf('gfaAboveM2');
const F_GFA_OTHER = NUMERIC_FIELDS.indexOf('gfaOtherM2');
const F_GFA_AMENITY = NUMERIC_FIELDS.indexOf('gfaAmenityM2');
const F_DEVELOPED = NUMERIC_FIELDS.indexOf('developedShare');
const F_INVESTED = NUMERIC_FIELDS.indexOf('investedShare');
const D_ACTUAL = DATE_FIELDS.indexOf('actualStartDate');
const D_SUSPENDED = DATE_FIELDS.indexOf('suspendedSince');

class Builder implements PlotTableBuilder {
  private readonly issues: InputIssue[] = [];
  private readonly log = new FeatureLog(this.issues);
  private readonly geometry = new GeometryBuffers();
  private readonly writer = new GeometryWriter(this.geometry, this.log);
  private readonly rows = new PlotRowBuffers();
  private readonly row: PendingRow = emptyPendingRow(new EvaluationList());
  private readonly firstIndexById = new Map<string, number>();
  private readonly subparkIndexByKey = new Map<string, number>();
  private readonly subparkKeys: string[] = [];
  private subparkKey = '';
  /** The contract properties of the feature being validated, for parsed features (`add`). */
  private readonly fields = new PlotFieldValues();

  constructor(private readonly landUse: LandUseTable) {}

  add(feature: unknown, index: number): void {
    this.validate(feature, null, index);
  }

  addFields(fields: PlotFieldValues, index: number): void {
    this.validate(null, fields, index);
  }

  /** Validates a parsed feature, or (`fields` not null) a feature read from bytes, and keeps its row when it has no error. */
  private validate(feature: unknown, fields: PlotFieldValues | null, index: number): void {
    const log = this.log;
    log.begin(index);
    this.geometry.mark();
    try {
      if (fields === null) this.check(feature, index);
      else {
        if (!fields.hasType) log.warn('missing-feature-type', null, 'feature has no "type"; read as a Feature');
        this.checkFields(fields, index);
        reportMisspelledKeys(fields.otherKeys, log);
        this.checkGeometry(fields.geometry);
      }
    } catch (e) {
      log.error('internal-error', null, `validation failed unexpectedly on this feature (${describeValue(String(e))}); it was left out`);
    }
    if (log.errorCount > 0) {
      this.geometry.rollback();
      return;
    }
    let s = this.subparkIndexByKey.get(this.subparkKey);
    if (s === undefined) {
      s = this.subparkKeys.length;
      this.subparkKeys.push(this.subparkKey);
      this.subparkIndexByKey.set(this.subparkKey, s);
    }
    this.row.subparkIndex = s;
    this.rows.push(this.row, this.geometry.polygonCount);
  }

  report(issue: InputIssue): void {
    this.issues.push({ ...issue });
  }

  idsSeen(): { ids: string[]; featureIndex: Uint32Array } {
    return { ids: [...this.firstIndexById.keys()], featureIndex: Uint32Array.from(this.firstIndexById.values()) };
  }

  finish(): { table: PlotTable; issues: InputIssue[] } {
    const issues = this.issues.slice().sort((a, b) => a.index - b.index);
    return { table: this.rows.toTable(this.subparkKeys, this.geometry), issues };
  }

  private check(feature: unknown, index: number): void {
    const log = this.log;
    if (typeof feature !== 'object' || feature === null || Array.isArray(feature)) {
      log.error('not-an-object', null, `feature is ${describeValue(feature)}, not a GeoJSON Feature object`);
      return;
    }
    const f = feature as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
    if (f.type === undefined) {
      log.warn('missing-feature-type', null, 'feature has no "type"; read as a Feature');
    } else if (f.type !== 'Feature') {
      log.error('not-a-feature', null, `feature type is ${describeValue(f.type)}, not "Feature"`);
      return;
    }
    const props = f.properties;
    if (props === undefined || props === null) {
      log.error('missing-properties', null, `feature has no properties (${describeValue(props)}); a plot needs at least id, subparkId and landUse`);
      return;
    }
    if (typeof props !== 'object' || Array.isArray(props)) {
      log.error('invalid-properties', null, `feature properties are ${describeValue(props)}, not an object`);
      return;
    }
    const fields = this.fields;
    fields.fromProperties(props as Record<string, unknown>);
    fields.featureId = f.id;
    this.checkFields(fields, index);
    reportMisspelledFields(props, log);
    this.checkGeometry(f.geometry);
  }

  private checkGeometry(geometry: unknown): void {
    const areaM2 = this.writer.write(geometry);
    if (!Number.isNaN(areaM2)) this.checkDeclaredArea(areaM2);
  }

  /**
   * Every contract field, in contract order, so issues keep their order; then the caller reports
   * misspelled property names and writes the geometry.
   */
  private checkFields(v: PlotFieldValues, index: number): void {
    const log = this.log;
    const row = this.row;
    row.sourceIndex = index;

    const id = plotIdValue(v.valueAt(SLOT_ID), v.featureId, log);
    if (id !== null) {
      log.setId(id);
      row.id = id;
      const first = this.firstIndexById.get(id);
      if (first !== undefined) {
        log.error('duplicate-id', 'id', duplicateIdMessage(id, first));
      } else {
        this.firstIndexById.set(id, index);
      }
    }

    const subpark = subparkIdValue(v.valueAt(SLOT_SUBPARK), log);
    this.subparkKey = subpark;
    if (!this.subparkIndexByKey.has(subpark) && this.subparkKeys.length >= MAX_SUBPARKS) {
      log.error('too-many-subparks', 'subparkId', `more than ${MAX_SUBPARKS} distinct subparkId values; ${describeValue(subpark)} cannot be added`);
    }

    this.checkLandUse(v.valueAt(SLOT_LAND_USE));
    row.landStatus = landStatusValue(v.valueAt(SLOT_LAND_STATUS), log);
    const kinds = v.kinds;
    for (let i = 0; i < NUMERIC.length; i++) {
      if (kinds[i] === NUMBER) {
        const n = v.numbers[i];
        // The usual case inline (no issue possible); anything else gets its warning there.
        row.numeric[i] = n >= 0 && (n <= 1 || (n < Infinity && !IS_SHARE[i])) ? n : jsonNumberFieldValue(n, NUMERIC[i], log);
      } else {
        row.numeric[i] = numberFieldValue(v.valueAt(i), NUMERIC[i], log);
      }
    }
    for (let i = 0; i < DATES.length; i++) {
      const slot = NUMERIC.length + i;
      row.dates[i] = kinds[slot] === DAY ? v.numbers[slot] : dateFieldValue(v.valueAt(slot), DATES[i], log);
    }
    if (row.numeric[F_LAND_AREA] === 0) {
      log.warn('zero-land-area', 'landAreaM2', 'landAreaM2 is 0, which would make FAR infinite; treated as missing, so the geometry\'s area is used');
      row.numeric[F_LAND_AREA] = NaN;
    }
    this.checkDateOrder();
    this.checkSuspendedShares();
    this.checkFloorAreaParts();
    if (kinds[SLOT_EVALUATIONS] === CLEAN_EVALUATIONS) row.evaluations.readClean(v.evalYears, v.evalPass, v.evalScores, log);
    else row.evaluations.read(v.valueAt(SLOT_EVALUATIONS), log);
    row.rectification = rectificationValue(v.valueAt(SLOT_RECTIFICATION), log);
    row.name = labelValue(v.valueAt(SLOT_NAME), 'name', log);
    row.enterprise = labelValue(v.valueAt(SLOT_ENTERPRISE), 'enterprise', log);
  }

  private checkLandUse(value: unknown): void {
    const code = landUseCodeValue(value, this.log);
    this.row.landUseCode = code;
    this.row.landUseCategory = OTHER;
    if (code === '') return;
    const entry = this.landUse.lookup(code);
    if (entry) {
      this.row.landUseCategory = CATEGORY_INDEX.get(entry.category) ?? OTHER;
      return;
    }
    // Kept as `other` rather than dropped: see the policy at the top of this file.
    this.log.warn('unknown-land-use', 'landUse', `land-use code ${describeValue(code)} is not in the land-use table; classified as "other"`);
  }

  private checkDateOrder(): void {
    const actual = this.row.dates[D_ACTUAL];
    const suspended = this.row.dates[D_SUSPENDED];
    if (suspended === NO_DAY) return;
    if (actual === NO_DAY) {
      this.log.warn('suspended-without-start', 'suspendedSince', 'suspendedSince is given without actualStartDate; the idle-land rule reads the plot as not started');
    } else if (suspended < actual) {
      this.log.warn('suspended-before-start', 'suspendedSince', 'suspendedSince is before actualStartDate; both kept as given');
    }
  }

  /**
   * A started plot that stopped is idle only when too little of it is developed (< 1/3) or invested
   * (< 25%). With neither share given the rule cannot tell, and the plot is never flagged; said
   * here so that a missing share is not read as "not idle".
   */
  private checkSuspendedShares(): void {
    if (this.row.dates[D_SUSPENDED] === NO_DAY) return;
    const n = this.row.numeric;
    if (!Number.isNaN(n[F_DEVELOPED]) || !Number.isNaN(n[F_INVESTED])) return;
    this.log.warn('suspended-without-shares', 'suspendedSince', 'suspendedSince is given without developedShare or investedShare, so idle land cannot be judged for this plot');
  }

  private checkFloorAreaParts(): void {
    const n = this.row.numeric;
    const above = n[F_GFA_ABOVE];
    const other = n[F_GFA_OTHER];
    const amenity = n[F_GFA_AMENITY];
    if (Number.isNaN(other) && Number.isNaN(amenity)) return;
    if (Number.isNaN(above)) {
      this.log.warn('gfa-parts-without-total', 'gfaAboveM2', 'gfaOtherM2/gfaAmenityM2 are given without gfaAboveM2, so the mixed-use shares cannot be computed');
      return;
    }
    const parts = (Number.isNaN(other) ? 0 : other) + (Number.isNaN(amenity) ? 0 : amenity);
    if (parts > above) {
      this.log.warn(
        'gfa-parts-exceed-total',
        'gfaAboveM2',
        `gfaOtherM2 (${Number.isNaN(other) ? 'missing' : other}) + gfaAmenityM2 (${Number.isNaN(amenity) ? 'missing' : amenity}) = ${parts} m² ` +
          `exceeds gfaAboveM2 (${above} m²), of which they are parts; values kept as given`,
      );
    }
  }

  private checkDeclaredArea(geometryAreaM2: number): void {
    const declared = this.row.numeric[F_LAND_AREA];
    if (Number.isNaN(declared)) return;
    const diff = Math.abs(declared - geometryAreaM2);
    if (diff > AREA_MISMATCH_SHARE * geometryAreaM2 && diff > AREA_MISMATCH_M2) {
      this.log.warn(
        'land-area-mismatch',
        'landAreaM2',
        `landAreaM2 is ${declared} m² but the geometry measures ${geometryAreaM2.toFixed(0)} m² ` +
          `(${((diff / geometryAreaM2) * 100).toFixed(0)}% off); FAR uses the declared value`,
      );
    }
  }
}

export function createPlotTableBuilder(landUse: LandUseTable): PlotTableBuilder {
  return new Builder(landUse);
}
