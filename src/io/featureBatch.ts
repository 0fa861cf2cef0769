/**
 * The raw bytes of consecutive features, cut out of the input by a reader that defers parsing, so
 * that decoding, JSON.parse and validation (nearly all the cost of an import) can run in several
 * workers at once. Every array is transferable; nothing here is parsed.
 */
export interface FeatureBatch {
  /** The features' bytes back to back. */
  bytes: Uint8Array;
  /** Feature k is bytes[byteOffsets[k] .. byteOffsets[k+1]). */
  byteOffsets: Uint32Array;
  /** Position of feature k in the input (its index in issues). */
  featureIndex: Uint32Array;
  /** Byte position of feature k's first byte in the file, for messages. */
  fileOffset: Float64Array;
  /** 1 where feature k is a line taken unscanned, which the parser must confirm (DeferringFeatureDecoder); absent when none is. */
  lineCandidate?: Uint8Array;
  /** What the features are when they are not GeoJSON, as their reader settled it (plain data). */
  context?: BatchContext;
}

/** A non-GeoJSON reader's context for the workers: a FlatGeobuf's columns, geometry type and coordinate system. */
export interface BatchContext {
  flatGeobuf?: FgbBatchContext;
}

import type { FgbBatchContext } from './import/flatGeobufBatch.ts';

/** Collects feature bytes into batches of about `targetBytes`. */
export class FeatureBatchWriter {
  private bytes: Uint8Array;
  private length = 0;
  private byteOffsets: number[] = [0];
  private featureIndex: number[] = [];
  private fileOffset: number[] = [];
  private lineCandidate: number[] = [];
  private anyLineCandidate = false;
  /** Sent with every batch taken. */
  context: BatchContext | undefined = undefined;

  constructor(private readonly targetBytes: number) {
    this.bytes = new Uint8Array(Math.max(1024, targetBytes + (targetBytes >> 2)));
  }

  get featureCount(): number {
    return this.featureIndex.length;
  }

  get full(): boolean {
    return this.length >= this.targetBytes;
  }

  /** Copies `feature` (a view into a chunk that will be reused). */
  add(feature: Uint8Array, index: number, fileOffset: number, lineCandidate = false): void {
    const needed = this.length + feature.length;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(feature, this.length);
    this.length = needed;
    this.byteOffsets.push(needed);
    this.featureIndex.push(index);
    this.fileOffset.push(fileOffset);
    this.lineCandidate.push(lineCandidate ? 1 : 0);
    if (lineCandidate) this.anyLineCandidate = true;
  }

  /** The batch so far (its own buffers, safe to transfer); the writer starts a new buffer. */
  take(): FeatureBatch {
    const batch: FeatureBatch = {
      // The filled part of this buffer, not a copy: the buffer goes with the batch.
      bytes: this.bytes.subarray(0, this.length),
      byteOffsets: Uint32Array.from(this.byteOffsets),
      featureIndex: Uint32Array.from(this.featureIndex),
      fileOffset: Float64Array.from(this.fileOffset),
      ...(this.anyLineCandidate ? { lineCandidate: Uint8Array.from(this.lineCandidate) } : {}),
      ...(this.context ? { context: this.context } : {}),
    };
    this.bytes = new Uint8Array(this.bytes.length);
    this.length = 0;
    this.byteOffsets = [0];
    this.featureIndex = [];
    this.fileOffset = [];
    this.lineCandidate = [];
    this.anyLineCandidate = false;
    return batch;
  }
}
