import type { LandUseEntry } from '../schema/index.ts';

/** Lookup of land-use codes (2023 national, GB 50137-2011, Shanghai local) to categories. */
export interface LandUseTable {
  entries: readonly LandUseEntry[];
  /** Exact code first, then a normalised code (trimmed, upper-case letters), then a parent code. */
  lookup(code: string): LandUseEntry | undefined;
}

// STUB — implemented by the validation/land-use work (see README architecture).
export function landUseTableFromEntries(_entries: readonly LandUseEntry[]): LandUseTable {
  throw new Error('not implemented');
}
