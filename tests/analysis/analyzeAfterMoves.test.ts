/**
 * The incremental analysis after a proposal (analyzeAfterMoves) must equal a full analysis of the
 * same table value for value: the viewer shows its figures as the CLI's `propose`, which runs the
 * full one. Checked on the sample with its proposals and with seeded random edits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyze,
  analyzeAfterMoves,
  applyProposal,
  createPlotTableBuilder,
  defaultLandUseTable,
  readProposal,
  type AnalysisResult,
  type PlotTable,
  type Proposal,
} from '../../src/index.ts';
import { AS_OF, SAMPLE_DIR, readPlots, readSubparks } from '../sample/sampleFiles.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';
import { deepFreeze } from '../helpers/deepFreeze.ts';

let table: PlotTable;
let before: AnalysisResult;
let subparkIds: string[];
beforeAll(() => {
  const builder = createPlotTableBuilder(defaultLandUseTable());
  readPlots().features.forEach((f, i) => builder.add(f, i));
  table = builder.finish().table;
  before = analyze(table, { asOf: AS_OF });
  subparkIds = readSubparks().features.map((f) => f.properties.id);
});

const proposalOf = (changes: Proposal['changes'], subparkId?: string): Proposal => ({
  schema: 'parktwin-proposal/1',
  id: 't',
  title: 't',
  state: 'draft',
  comments: [],
  changes,
  ...(subparkId ? { subparkId } : {}),
});

/** The incremental and the full analysis of the proposal's result, and how many sub-parks it touched. */
function bothAnalyses(proposal: Proposal, options: { asOf: string; params?: Record<string, number> } = { asOf: AS_OF }) {
  const applied = applyProposal(table, proposal, defaultLandUseTable(), subparkIds);
  const full = analyze(applied.table, options);
  const incremental = analyzeAfterMoves({ table, result: before }, applied.table, options);
  return { full, incremental, moved: applied.moved.length };
}

describe('analyzeAfterMoves', () => {
  const DIR = join(SAMPLE_DIR, 'proposals');
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.parktwin-proposal.json')).sort()) {
    it(`equals the full analysis for the sample proposal ${file}`, () => {
      const proposal = readProposal(JSON.parse(readFileSync(join(DIR, file), 'utf8'))).proposal as Proposal;
      const { full, incremental, moved } = bothAnalyses(proposal);
      expect(moved).toBeGreaterThan(0);
      expect(incremental).toEqual(full);
    });
  }

  it('equals the full analysis for seeded random moves (out, in, between sub-parks, to a new sub-park)', () => {
    const random = mulberry32(8);
    const keys = table.subparkKeys.filter((k) => k !== '');
    for (let round = 0; round < 4; round++) {
      const pick = (n: number) => Array.from({ length: n }, () => table.ids[Math.floor(random() * table.count)]);
      const ids = [...new Set(pick(40))];
      const to = keys[Math.floor(random() * keys.length)];
      const changes: Proposal['changes'] = [
        { op: 'remove', plotIds: ids.slice(0, 15) },
        { op: 'assign', plotIds: ids.slice(15, 30), to },
        // A sub-park known from the sub-parks file only, or a new key: the table gains a key.
        { op: 'assign', plotIds: ids.slice(30), to: round % 2 ? 'zz-new' : to },
      ];
      subparkIds.push('zz-new');
      const { full, incremental } = bothAnalyses(proposalOf(changes));
      subparkIds.pop();
      expect(incremental).toEqual(full);
    }
  });

  it('leaves the before analysis untouched and falls back to a full run for other settings', () => {
    deepFreeze(before.blocks);
    deepFreeze(before.consolidation);
    const s = table.subparkKeys.findIndex((k) => k !== '');
    const row = table.subparkIndex.indexOf(s);
    const { full, incremental } = bothAnalyses(proposalOf([{ op: 'remove', plotIds: [table.ids[row]] }]), { asOf: AS_OF, params: { joinDistanceM: 35 } });
    expect(incremental).toEqual(full);
  });

  it('recomputes only the sub-parks a one-plot edit touches (their blocks are new objects, the others the before ones)', () => {
    const s = table.subparkKeys.findIndex((k) => k !== '');
    const row = table.subparkIndex.indexOf(s);
    const { incremental } = bothAnalyses(proposalOf([{ op: 'remove', plotIds: [table.ids[row]] }]));
    const reused = incremental.blocks.filter((b) => before.blocks.includes(b));
    expect(reused.length).toBeGreaterThan(0);
    expect(new Set(incremental.blocks.filter((b) => !before.blocks.includes(b)).map((b) => b.subparkId))).toEqual(new Set([table.subparkKeys[s]]));
  });
});
