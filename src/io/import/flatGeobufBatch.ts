import type { LandUseTable } from '../../landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../../validate/plotTableBuilder.ts';
import type { PlotTablePart } from '../../validate/plotTableParts.ts';
import type { FeatureBatch } from '../featureBatch.ts';
import type { FeatureSink } from '../featureSink.ts';
import { parseCrs, type CrsSource } from './crs.ts';
import { crsOfFgbHeader } from './flatGeobufDecoder.ts';
import { FlatPolygons } from './flatPolygons.ts';
import { FgbPolygonScratch, fgbPropertiesSpan, readFgbGeometry, readFgbProperties, type FgbColumn, type FgbCrs } from './flatGeobufFormat.ts';
import { ImportSink } from './importSink.ts';

/** What a parse worker needs to read a FlatGeobuf's features: settled from the header by the reader. */
export interface FgbBatchContext {
  geometryType: number;
  columns: FgbColumn[];
  /** The header's CRS (read again the same way), or the label of the system detected. */
  crs: { header: FgbCrs | null } | { label: string };
  crsSource: CrsSource;
  swapAxes: boolean;
}

/** The feature whose FlatBuffer starts at `at` to the sink: flat polygons over `scratch`, properties as the flatgeobuf package gave them. */
export function emitFgbFeature(data: Uint8Array, view: DataView, at: number, geometryType: number, columns: readonly FgbColumn[], scratch: FgbPolygonScratch, sink: FeatureSink, index: number): void {
  const geometry = readFgbGeometry(view, at, geometryType, scratch);
  const properties = readFgbProperties(data, view, fgbPropertiesSpan(view, at), columns);
  const g = geometry.kind === 'flat'
    ? new FlatPolygons(scratch.type, scratch.xy.subarray(0, 2 * scratch.points), null, scratch.ringPoints, scratch.polygonRings)
    : geometry.kind === 'geojson' ? geometry.geometry : null;
  sink.feature({ type: 'Feature', geometry: g, properties }, index);
}

/** parseFeatureBatch for FlatGeobuf features: read, mapped and validated as on one thread. */
export function parseFgbBatch(batch: FeatureBatch, context: FgbBatchContext, landUse: LandUseTable): PlotTablePart {
  const builder = createPlotTableBuilder(landUse);
  const sink = new ImportSink({ feature: (f, i) => builder.add(f, i), issue: (x) => builder.report(x) }, {}, false);
  const crs = 'label' in context.crs ? parseCrs(context.crs.label) : crsOfFgbHeader(context.crs.header, []);
  if (!crs) throw new Error('the FlatGeobuf coordinate system cannot be read again in a parse worker');
  sink.useCrs(crs, context.crsSource, context.swapAxes);
  sink.mapper.observe(context.columns.map((c) => c.name));
  const scratch = new FgbPolygonScratch();
  const { bytes, byteOffsets, featureIndex } = batch;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let k = 0; k < featureIndex.length; k++) emitFgbFeature(bytes, view, byteOffsets[k], context.geometryType, context.columns, scratch, sink, featureIndex[k]);
  const { table, issues } = builder.finish();
  const seen = builder.idsSeen();
  return { table, issues, idsSeen: seen.ids, idFeatureIndex: seen.featureIndex, mapping: sink.mapper.summary() };
}
