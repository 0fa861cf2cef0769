/**
 * Proposal benchmark: what one edit costs — apply a proposal, re-run the analysis on the result,
 * and recompute the ledger and the balance. The "before" analysis is done once, outside the
 * timing, as the viewer already holds it. The analysis is timed both ways: a full `analyze` (what
 * the CLI's propose runs) and `analyzeAfterMoves` (what the viewer's worker runs per click: only
 * the sub-parks the proposal touches are redone), with CPU time (user + sys) beside wall time.
 *
 *   npm run bench -- proposal [--sizes sample,1000000]
 *
 * `sample` is data/sample with its proposal of the most changes; a plot count uses the synthetic
 * plots (.cache/synthetic) with a proposal built on them: 200 removals, 200 plots moved between
 * two sub-parks and one drawn plot. Target (issue 8): sample under 300 ms, 1M plots under 6 s.
 */
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyze,
  analyzeAfterMoves,
  applyProposal,
  defaultLandUseTable,
  DEFAULT_PARAMS,
  FLAG_BIT,
  proposalBalance,
  proposalLedger,
  readPlots,
  readProposal,
  unprojectXY,
  localProjection,
  type PlotTable,
  type Proposal,
} from '../../src/index.ts';
import { ensureSyntheticPlots } from '../synthetic/writeSyntheticFile.ts';
import { count, sec, textTable } from './lib/table.ts';

const AS_OF = '2026-07-31';
const SAMPLE = join(import.meta.dirname, '../../data/sample');
const argv = process.argv.slice(2);
const at = argv.indexOf('--sizes');
const sizes = (at >= 0 ? argv[at + 1] : 'sample,1000000').split(',');

async function tableOf(path: string): Promise<PlotTable> {
  const read = await readPlots(createReadStream(path, { highWaterMark: 4 << 20 }), { landUse: defaultLandUseTable(), totalBytes: statSync(path).size });
  return read.table;
}

function sampleProposal(): Proposal {
  const dir = join(SAMPLE, 'proposals');
  const all = readdirSync(dir).map((f) => readProposal(JSON.parse(readFileSync(join(dir, f), 'utf8'))).proposal as Proposal);
  return all.sort((a, b) => b.changes.length - a.changes.length)[0];
}

/** 200 removal candidates (or flagged plots) out, 200 plots of one sub-park to another, one drawn plot far from all. */
function syntheticProposal(table: PlotTable, flags: Uint16Array): Proposal {
  const out: string[] = [];
  const move: string[] = [];
  const [from, to] = table.subparkKeys;
  const want = FLAG_BIT['removal-candidate'] | FLAG_BIT['scattered-block'];
  for (let r = 0; r < table.count && out.length < 200; r++) if (flags[r] & want && table.subparkKeys[table.subparkIndex[r]] !== from) out.push(table.ids[r]);
  for (let r = 0; r < table.count && move.length < 200; r++) if (table.subparkKeys[table.subparkIndex[r]] === from && !out.includes(table.ids[r])) move.push(table.ids[r]);
  const proj = localProjection(121.0, 30.6);
  const ring = [[0, 0], [80, 0], [80, 60], [0, 60], [0, 0]].map(([x, y]) => unprojectXY(proj, x, y));
  return {
    schema: 'parktwin-proposal/1',
    id: 'bench',
    title: 'bench',
    state: 'draft',
    comments: [],
    changes: [
      { op: 'remove', plotIds: out },
      { op: 'assign', plotIds: move, to },
      { op: 'add', feature: { type: 'Feature', properties: { id: 'bench-new', subparkId: to, landUse: '100101' }, geometry: { type: 'Polygon', coordinates: [ring] } } },
    ],
  };
}

const rows: string[][] = [];
for (const size of sizes) {
  const path = size === 'sample' ? join(SAMPLE, 'plots.geojson') : (await ensureSyntheticPlots({ plots: Number(size) })).path;
  process.stderr.write(`reading ${path}…\n`);
  const table = await tableOf(path);
  const before = analyze(table, { asOf: AS_OF });
  const proposal = size === 'sample' ? sampleProposal() : syntheticProposal(table, before.plots.flags);
  const changedPlots = proposal.changes.reduce((n, c) => n + (c.op === 'add' ? 1 : c.op === 'unreadable' ? 0 : c.plotIds.length), 0);
  // Twice: the first run pays for compiling the code paths; the worker is warm after its first edit.
  const run = () => {
    let t = performance.now();
    const applied = applyProposal(table, proposal, defaultLandUseTable(), []);
    const applyMs = performance.now() - t;
    t = performance.now();
    const after = analyze(applied.table, { asOf: AS_OF });
    const analysisMs = performance.now() - t;
    t = performance.now();
    const cpu0 = process.cpuUsage();
    analyzeAfterMoves({ table, result: before }, applied.table, { asOf: AS_OF });
    const cpu = process.cpuUsage(cpu0);
    const incrementalMs = performance.now() - t;
    const incrementalCpuMs = (cpu.user + cpu.system) / 1000;
    t = performance.now();
    const ledger = proposalLedger({ before: table, beforeAreaM2: before.plots.areaM2, after: applied.table, afterAreaM2: after.plots.areaM2, moved: applied.moved });
    const balance = proposalBalance(ledger, DEFAULT_PARAMS);
    const ledgerMs = performance.now() - t;
    return { applied, balance, applyMs, analysisMs, ledgerMs, incrementalMs, incrementalCpuMs };
  };
  const cold = run();
  const { applied, balance, applyMs, analysisMs, ledgerMs, incrementalMs, incrementalCpuMs } = run();
  const errors = applied.issues.filter((i) => i.severity === 'error').length;
  rows.push([
    size === 'sample' ? `sample (${count(table.count)})` : count(table.count),
    `${proposal.changes.length} / ${count(changedPlots)}`,
    count(applied.moved.length),
    String(errors),
    sec(applyMs / 1000),
    sec(analysisMs / 1000),
    `${sec(incrementalMs / 1000)} (CPU ${sec(incrementalCpuMs / 1000)})`,
    sec(ledgerMs / 1000),
    sec((applyMs + analysisMs + ledgerMs) / 1000),
    sec((cold.applyMs + cold.analysisMs + cold.ledgerMs) / 1000),
    balance.ok ? 'ok' : `${balance.violations.length} rows break`,
  ]);
}
console.log('\napply a proposal + re-analyse + ledger and balance (the "before" analysis is held already)\n');
console.log(`load: ${(await import('node:child_process')).execSync('uptime').toString().trim()}`);
console.log(textTable(['plots', 'changes / plots', 'moved', 'errors', 'apply s', 'analysis s', 'after-moves analysis s', 'ledger s', 'total s (full analysis)', 'first run s', 'balance'], rows));
