/**
 * The geometric part of the data-quality report in a worker thread (qualityInWorker.ts): receives
 * the coordinates and offsets, posts back areas, duplicate groups and overlapping pairs, their
 * typed arrays transferred, and ends.
 */
import { parentPort } from 'node:worker_threads';
// The bundle (dist-cli/) keeps only what this uses of the index.
// eslint-disable-next-line no-restricted-imports -- the worker loads only the quality code (86 KB), not the whole core
import { qualityGeometry, qualityGeometryTransfer } from '../../src/quality/qualityGeometry.ts';
import type { QualityWorkerRequest } from './qualityInWorker.ts';

const port = parentPort;
if (!port) throw new Error('qualityWorker.ts runs as a worker thread');
port.once('message', ({ table, overlapMinM2, overlapListMax }: QualityWorkerRequest) => {
  const geometry = qualityGeometry(table, overlapMinM2, overlapListMax);
  port.postMessage(geometry, qualityGeometryTransfer(geometry));
  port.close();
});
