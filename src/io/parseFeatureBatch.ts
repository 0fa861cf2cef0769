import type { LandUseTable } from '../landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../validate/plotTableBuilder.ts';
import { builderSink } from './featureSink.ts';
import type { PlotTablePart } from '../validate/plotTableParts.ts';
import type { FeatureBatch } from './featureBatch.ts';
import { FeatureDecoder } from './featureDecoder.ts';
import { ImportSink } from './import/importSink.ts';
import { parseFgbBatch } from './import/flatGeobufBatch.ts';
import { elementClosesAtEnd } from './elementClosesAtEnd.ts';
import { SplitSpeculationMissed } from './batchWorkerPool.ts';

/**
 * Decodes, parses and validates the features of one batch, as readPlots would have on one thread:
 * what a parse worker runs. Its result merges with the other batches' (mergePlotTableParts).
 */
export function parseFeatureBatch(batch: FeatureBatch, landUse: LandUseTable): PlotTablePart {
  if (batch.context?.flatGeobuf) return parseFgbBatch(batch, batch.context.flatGeobuf, landUse);
  const builder = createPlotTableBuilder(landUse);
  // GeoJSON named in Chinese is mapped here as on one thread (declared --crs/--fields read on one thread).
  const sink = new ImportSink(builderSink(builder), {}, true);
  const decoder = new FeatureDecoder(sink);
  const { bytes, byteOffsets, featureIndex, fileOffset, lineCandidate } = batch;
  for (let k = 0; k < featureIndex.length; k++) {
    const feature = bytes.subarray(byteOffsets[k], byteOffsets[k + 1]);
    const parsed = decoder.emitAt(feature, featureIndex[k], fileOffset[k]);
    // A line that parsed is one whole JSON object: the byte scan cuts it the same way. One that did
    // not must at least close exactly at its end, else the reading thread cut the input wrongly.
    if (!parsed && lineCandidate?.[k] === 1 && !elementClosesAtEnd(feature)) throw new SplitSpeculationMissed(featureIndex[k]);
  }
  const { table, issues } = builder.finish();
  const seen = builder.idsSeen();
  return { table, issues, idsSeen: seen.ids, idFeatureIndex: seen.featureIndex, mapping: sink.mapper.summary() };
}
