import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, flagNamesOfMask, type AnalysisResult, type PlotTable } from '../../src/index.ts';
import { tableOf } from '../helpers/tableOf.ts';

/**
 * Golden-file tests (Turf's habit): inputs in in/, expected outputs in out/. Regenerate on purpose
 * with UPDATE_GOLDEN=1 and review the diff. Each input also carries hand-written expectations
 * (`parktwin.expectFlags`, `expectBlocks`, `expectGroups`) that are checked independently of the
 * snapshot, so a wrong snapshot cannot make a wrong rule pass.
 */
const IN = new URL('./in/', import.meta.url);
const OUT = new URL('./out/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface CaseMeta {
  description: string;
  asOf: string;
  params: Record<string, number>;
  expectFlags: Record<string, string[]>;
  expectBlocks?: string[][];
  expectGroups?: string[][];
}

const r2 = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);
const r6 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : null);

function goldenOf(table: PlotTable, result: AnalysisResult) {
  const ids = (rows: number[]) => rows.map((r) => table.ids[r]).sort();
  return {
    plots: table.ids.map((id, row) => ({
      id,
      subparkId: table.subparkKeys[table.subparkIndex[row]] || null,
      areaM2: r2(result.plots.areaM2[row]),
      blockId: result.blocks[result.plots.blockIndex[row]]?.id ?? null,
      far: r6(result.plots.far[row]),
      otherShare: r6(result.plots.otherShare[row]),
      amenityShare: r6(result.plots.amenityShare[row]),
      potentialGfaM2: r2(result.plots.potentialGfaM2[row]),
      flags: flagNamesOfMask(result.plots.flags[row]),
    })),
    blocks: result.blocks.map((b) => ({ id: b.id, plotIds: ids(b.plotRows), areaM2: r2(b.areaM2), isMain: b.isMain, distanceToMainM: r2(b.distanceToMainM) })),
    consolidation: result.consolidation.map((g) => ({ id: g.id, plotIds: ids(g.plotRows), areaM2: r2(g.areaM2) })),
    subparks: result.subparks.map((s) => JSON.parse(JSON.stringify(s, (_k, v) => (typeof v === 'number' ? r6(v) : v)))),
    issues: result.issues.map((i) => `${i.index} ${i.id} ${i.severity} ${i.code} ${i.field}`),
  };
}

const sortedGroups = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe('golden analysis cases', () => {
  const files = readdirSync(IN).filter((f) => f.endsWith('.geojson'));
  it('has cases', () => expect(files.length).toBeGreaterThan(10));

  for (const file of files) {
    const name = file.replace(/\.geojson$/, '');
    it(name, () => {
      const input = JSON.parse(readFileSync(new URL(file, IN), 'utf8'));
      const meta = input.parktwin as CaseMeta;
      const { table, issues } = tableOf(input.features);
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      const result = analyze(table, { asOf: meta.asOf, params: meta.params, issues });

      const flagsById = Object.fromEntries(table.ids.map((id, row) => [id, flagNamesOfMask(result.plots.flags[row])]));
      expect(flagsById).toEqual(meta.expectFlags);
      if (meta.expectBlocks) {
        expect(sortedGroups(result.blocks.map((b) => b.plotRows.map((r) => table.ids[r])))).toEqual(sortedGroups(meta.expectBlocks));
      }
      if (meta.expectGroups) {
        expect(sortedGroups(result.consolidation.map((g) => g.plotRows.map((r) => table.ids[r])))).toEqual(sortedGroups(meta.expectGroups));
      }

      const golden = goldenOf(table, result);
      const outFile = new URL(`${name}.json`, OUT);
      if (UPDATE) writeFileSync(outFile, JSON.stringify(golden, null, 1) + '\n');
      expect(golden).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
    });
  }
});
