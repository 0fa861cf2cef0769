import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyze,
  applyProposal,
  createPlotTableBuilder,
  defaultLandUseTable,
  DEFAULT_PARAMS,
  proposalBalance,
  proposalLedger,
  readProposal,
  type AnalysisResult,
  type PlotTable,
  type Proposal,
} from '../../src/index.ts';
import { createHash } from 'node:crypto';
import { AS_OF, SAMPLE_DIR, readPlots, readSubparks } from './sampleFiles.ts';

const DIR = join(SAMPLE_DIR, 'proposals');
const files = readdirSync(DIR).filter((f) => f.endsWith('.parktwin-proposal.json')).sort();
let table: PlotTable;
let before: AnalysisResult;
let sha256: string;
let subparkIds: string[];
beforeAll(() => {
  const plots = readPlots();
  const builder = createPlotTableBuilder(defaultLandUseTable());
  plots.features.forEach((f, i) => builder.add(f, i));
  table = builder.finish().table;
  before = analyze(table, { asOf: AS_OF });
  sha256 = createHash('sha256').update(plots.text).digest('hex');
  subparkIds = readSubparks().features.map((f) => f.properties.id);
});

describe('sample proposals', () => {
  it('are two or three, with every change kind and more than one state', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.length).toBeLessThanOrEqual(3);
    const proposals = files.map((f) => readProposal(JSON.parse(readFileSync(join(DIR, f), 'utf8'))).proposal as Proposal);
    const ops = new Set(proposals.flatMap((p) => p.changes.map((c) => c.op)));
    expect([...ops].sort()).toEqual(['add', 'assign', 'remove']);
    expect(new Set(proposals.map((p) => p.state)).size).toBeGreaterThanOrEqual(2);
  });

  it('has industrial land outside the sub-parks, some of it next to a main block', () => {
    const outside = table.subparkKeys.indexOf('');
    const count = table.subparkIndex.filter((s) => s === outside).length;
    expect(count).toBeGreaterThanOrEqual(2000);
    expect(count).toBeLessThanOrEqual(6000);
  });

  for (const file of files) {
    it(`${file} reads and applies cleanly to the sample, made on it, and balances`, () => {
      const read = readProposal(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
      expect(read.issues).toEqual([]);
      const proposal = read.proposal as Proposal;
      expect(proposal.baseline).toEqual({ plotCount: table.count, sha256 });
      const applied = applyProposal(table, proposal, defaultLandUseTable(), subparkIds, { plotsSha256: sha256 });
      expect(applied.issues).toEqual([]);
      expect(applied.appliedChanges).toHaveLength(proposal.changes.length);
      const after = analyze(applied.table, { asOf: AS_OF });
      const ledger = proposalLedger({ before: table, beforeAreaM2: before.plots.areaM2, after: applied.table, afterAreaM2: after.plots.areaM2, moved: applied.moved });
      expect(ledger.length).toBeGreaterThanOrEqual(2);
      expect(proposalBalance(ledger, DEFAULT_PARAMS).ok).toBe(true);
      const id = proposal.subparkId as string;
      const share = (r: AnalysisResult) => r.subparks.find((s) => s.subparkId === id)?.mainBlockShare ?? NaN;
      expect(share(after)).toBeGreaterThanOrEqual(share(before));
    });
  }
});
