import { DATE_FIELDS, MISSING_DAY, NUMERIC_FIELDS, OUTSIDE_SUBPARK, RECTIFICATION_CODES, type Evaluation, type PlotProperties, type PlotTable } from '../schema/index.ts';
import { dayToIso } from './isoDay.ts';

/** The contract's subparkId of a table key: null for plots outside every sub-park. */
export function subparkIdOfKey(key: string): string | null {
  return key === OUTSIDE_SUBPARK ? null : key;
}

/** The shortest decimal that is the same float32: a score of 87.3 comes back as 87.3, not 87.30000305. */
function float32Decimal(value: number): number {
  for (let digits = 1; digits < 10; digits++) {
    const candidate = Number(value.toPrecision(digits));
    if (Math.fround(candidate) === value) return candidate;
  }
  return value;
}

/**
 * The contract properties (DOMAIN.md §4) of one table row, for the inspector and exports. Missing
 * values are left out; `landStatus` is always given, since validation settled it (default supplied).
 */
export function plotPropertiesOfRow(table: PlotTable, row: number): PlotProperties {
  const props: PlotProperties = {
    id: table.ids[row],
    subparkId: subparkIdOfKey(table.subparkKeys[table.subparkIndex[row]]),
    landUse: table.landUseCodes[row],
  };
  if (table.names[row]) props.name = table.names[row];
  if (table.enterprises[row]) props.enterprise = table.enterprises[row];
  props.landStatus = table.landStatus[row] === 1 ? 'approved-unsupplied' : 'supplied';
  for (const field of NUMERIC_FIELDS) {
    const v = table.numeric[field][row];
    if (!Number.isNaN(v)) props[field] = v;
  }
  for (const field of DATE_FIELDS) {
    const d = table.dates[field][row];
    if (d !== MISSING_DAY) props[field] = dayToIso(d);
  }
  const e0 = table.evalOffsets[row];
  const e1 = table.evalOffsets[row + 1];
  if (e1 > e0) {
    const evaluations: Evaluation[] = [];
    for (let e = e0; e < e1; e++) {
      const evaluation: Evaluation = { year: table.evalYear[e], pass: table.evalPass[e] === 1 };
      const score = table.evalScore[e];
      if (!Number.isNaN(score)) evaluation.score = float32Decimal(score);
      evaluations.push(evaluation);
    }
    props.evaluations = evaluations;
  }
  const rectification = RECTIFICATION_CODES[table.rectification[row]];
  if (rectification) props.rectification = rectification;
  return props;
}
