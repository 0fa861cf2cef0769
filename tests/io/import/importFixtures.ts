import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyze,
  defaultLandUseTable,
  flagNamesOfMask,
  readPlotsWith,
  type ImportFile,
  type ImportOptions,
  type ReadPlotsResult,
} from '../../../src/index.ts';

export const IMPORT_DIR = join(import.meta.dirname, '../../fixtures/import');
export const AS_OF = '2026-06-30';

/** The fixture and, for a loose `.shp`, its siblings: what a user would pick together. */
export function fixtureFiles(name: string): ImportFile[] {
  const files: ImportFile[] = [{ name, bytes: new Uint8Array(readFileSync(join(IMPORT_DIR, name))) }];
  if (name.endsWith('.shp')) {
    const base = name.slice(0, -4);
    for (const other of readdirSync(IMPORT_DIR)) {
      if (other !== name && other.startsWith(base + '.')) files.push({ name: other, bytes: new Uint8Array(readFileSync(join(IMPORT_DIR, other))) });
    }
  }
  return files;
}

export function fieldsFile(name: string): ImportOptions['fields'] {
  return JSON.parse(readFileSync(join(IMPORT_DIR, name), 'utf8')) as ImportOptions['fields'];
}

export function readFixture(name: string, options: ImportOptions = {}): Promise<ReadPlotsResult> {
  return readPlotsWith(fixtureFiles(name), { ...options, landUse: defaultLandUseTable() });
}

/** The analysis of a read, in plain values: what the equality tests compare. */
export interface AnalysisDigest {
  ids: string[];
  subparks: string[];
  flags: string[][];
  blocks: string[];
  areaM2: number[];
  far: number[];
  landAreaM2: number[];
  /** Feature-level issues (`index code field`); file-level ones (index -1) are about the file. */
  issues: string[];
  consolidation: string[][];
}

export async function digestOf(read: ReadPlotsResult): Promise<AnalysisDigest> {
  const { table } = read;
  const result = analyze(table, { asOf: AS_OF, issues: read.issues });
  const rows = [...Array(table.count).keys()];
  return {
    ids: table.ids.slice(),
    subparks: rows.map((r) => table.subparkKeys[table.subparkIndex[r]]),
    flags: rows.map((r) => flagNamesOfMask(result.plots.flags[r])),
    blocks: rows.map((r) => result.blocks[result.plots.blockIndex[r]]?.id ?? ''),
    areaM2: rows.map((r) => result.plots.areaM2[r]),
    far: rows.map((r) => result.plots.far[r]),
    landAreaM2: rows.map((r) => table.numeric.landAreaM2[r]),
    issues: read.issues.filter((i) => i.index >= 0).map((i) => `${i.index} ${i.code} ${i.field}`),
    consolidation: result.consolidation.map((g) => g.plotRows.map((r) => table.ids[r])),
  };
}
