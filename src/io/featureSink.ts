import type { InputIssue } from '../schema/index.ts';
import type { PlotFieldValues } from '../validate/plotFieldValues.ts';
import type { PlotTableBuilder } from '../validate/plotTableBuilder.ts';
import type { PropertyNamePolicy } from './plotFeatureReader.ts';

/** Where a format reader sends what it finds. A PlotTableBuilder is one (add = feature, report = issue). */
export interface FeatureSink {
  /** `feature` is untrusted parsed JSON; `index` its 0-based position in the input. */
  feature(feature: unknown, index: number): void;
  issue(issue: InputIssue): void;
  /**
   * Where features read straight from their bytes (plotFeatureReader.ts) may go instead of
   * `feature`, or null when this sink needs the parsed object (a conversion on the way).
   */
  fieldsRoute?(): FieldsRoute | null;
}

/** Takes features read from bytes; a feature with a property name it refuses is parsed and sent to `feature` instead. */
export interface FieldsRoute extends PropertyNamePolicy {
  fields(values: PlotFieldValues, index: number): void;
}

/** A sink into a plot table builder, taking features read from bytes too. */
export function builderSink(builder: PlotTableBuilder): FeatureSink {
  const route: FieldsRoute = { passesUnchanged: () => true, fields: (values, index) => builder.addFields(values, index) };
  return { feature: (f, i) => builder.add(f, i), issue: (x) => builder.report(x), fieldsRoute: () => route };
}
