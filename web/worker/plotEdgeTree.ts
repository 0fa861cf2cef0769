import { plotCentroids, plotEdgeIndex, type PlotTable } from '../../src/index.ts';
import { plotOutlinesOfTable } from './plotGeometry.ts';

/** The map tools' plot edge index, built in the worker: the tree's bytes and the plots' centroids, both transferred. */
export interface PlotEdgeTree {
  /** Flatbush `data` over the plots' boxes (PlotGeometry.bounds); reopened with plotEdgeIndex(geometry, treeData.buffer). Empty without plots. */
  treeData: Uint8Array;
  /** plotCentroids of the index: x, y per plot as offsets from PlotGeometry.originLonLat. */
  centroids: Float64Array;
}

/**
 * Builds the index the main thread would build on its PlotGeometry (the same outlines, bit for
 * bit: plotOutlinesOfTable is what plotGeometryOfTable hands it), so the main thread only reopens
 * it — at a million plots the build is seconds of one task, which would freeze the page.
 */
export function plotEdgeTreeOfTable(table: PlotTable): PlotEdgeTree {
  const index = plotEdgeIndex(plotOutlinesOfTable(table));
  const centroids = plotCentroids(index);
  const treeData = index.tree ? new Uint8Array(index.tree.data) : new Uint8Array(0);
  return { treeData, centroids };
}
