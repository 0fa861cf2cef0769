import type { InputIssue } from '../../schema/index.ts';
import type { FeatureSink, FieldsRoute } from '../featureSink.ts';
import { transformGeometry } from './coordinates.ts';
import { FlatPolygons } from './flatPolygons.ts';
import type { CrsSource, SourceCrs } from './crs.ts';
import { createFieldMapper, type FieldMapper } from './fieldMapper.ts';
import type { ImportOptions } from './importOptions.ts';

/**
 * Between a format reader and the plot table builder: converts each feature's coordinates to
 * WGS84 and its columns to the plot contract, so every format is validated the same way.
 */
export class ImportSink implements FeatureSink {
  readonly mapper: FieldMapper;
  crs: SourceCrs | null = null;
  crsSource: CrsSource = 'standard';
  swapAxes = false;
  private convert: ((x: number, y: number) => [number, number]) | null = null;
  private route: (FieldsRoute & { target: FieldsRoute }) | null = null;

  constructor(
    private readonly target: FeatureSink,
    options: ImportOptions,
    /** GeoJSON: properties named as in §4 pass unchanged. */
    passContractNames: boolean,
  ) {
    this.mapper = createFieldMapper({ fields: options.fields, passContractNames, subparkNames: options.subparkNames });
  }

  /** The coordinate system the coming features are in. */
  useCrs(crs: SourceCrs, source: CrsSource, swapAxes: boolean): void {
    this.crs = crs;
    this.crsSource = source;
    this.swapAxes = swapAxes;
    const toWgs84 = crs.toWgs84;
    if (swapAxes) this.convert = toWgs84 ? (x, y) => toWgs84(y, x) : (x, y) => [y, x];
    else this.convert = toWgs84;
  }

  feature(feature: unknown, index: number): void {
    if (typeof feature === 'object' && feature !== null && !Array.isArray(feature)) {
      const f = feature as { geometry?: unknown; properties?: unknown; id?: unknown };
      // A flat geometry goes on flat (the validator reads it without nested arrays), converted on the way.
      if (f.geometry instanceof FlatPolygons) f.geometry = f.geometry.toFlatGeometry(this.convert) ?? f.geometry.toGeoJson(this.convert);
      else if (this.convert) transformGeometry(f.geometry, this.convert);
      const props = f.properties;
      if (typeof props === 'object' && props !== null && !Array.isArray(props)) {
        const mapped = this.mapper.map(props as Record<string, unknown>, f.geometry, (field, code, message) =>
          this.target.issue({ index, id: idOf(props as Record<string, unknown>, f.id), severity: 'warning', code, field, message }),
        );
        if (mapped !== props) f.properties = mapped;
      }
    }
    this.target.feature(feature, index);
  }

  issue(issue: InputIssue): void {
    this.target.issue(issue);
  }

  /**
   * Features read from bytes skip `feature` only when it would hand them on unchanged: no
   * coordinate conversion, and every property name one the mapping passes as it is.
   */
  fieldsRoute(): FieldsRoute | null {
    if (this.convert !== null) return null;
    const target = this.target.fieldsRoute?.() ?? null;
    if (target === null) return null;
    if (this.route?.target !== target) {
      const mapper = this.mapper;
      this.route = { target, passesUnchanged: (name) => mapper.passesUnchanged(name) && target.passesUnchanged(name), fields: (values, index) => target.fields(values, index) };
    }
    return this.route;
  }
}

function idOf(props: Record<string, unknown>, featureId: unknown): string | null {
  const id = props.id ?? featureId;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
