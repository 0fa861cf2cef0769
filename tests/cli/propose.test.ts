import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rect } from '../../scripts/golden/caseBuilder.ts';
import { CASE_PLOTS, CASE_PROPOSAL } from '../proposal/proposalCase.ts';
import { runCli } from './runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'parktwin-propose-'));
const file = (name: string, json: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
};
const PLOTS = file('plots.geojson', { type: 'FeatureCollection', features: CASE_PLOTS });
const PROPOSAL = file('case.parktwin-proposal.json', CASE_PROPOSAL);
const subpark = (id: string, approvedAreaKm2: number) => ({
  type: 'Feature',
  properties: { id, name: id, nameEn: id, district: '浦东新区', approvedAreaKm2, leadingIndustries: [], targets: {} },
  geometry: { type: 'Polygon', coordinates: rect(-100, -100, 3000, 1000) },
});
const SUBPARKS = file('subparks.geojson', { type: 'FeatureCollection', features: [subpark('A', 0.05), subpark('B', 0.04)] });

describe('parktwin propose (real process)', () => {
  it('writes the §8 report: ledger, balance, moved, before/after of the sub-parks touched, issues; exit 0 though unbalanced', async () => {
    const run = await runCli(['propose', PLOTS, PROPOSAL, '--subparks', SUBPARKS, '--as-of', '2026-06-30']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.toString('utf8'));
    expect(Object.keys(report)).toEqual(['schemaVersion', 'asOf', 'params', 'proposal', 'ledger', 'balance', 'moved', 'before', 'after', 'issues']);
    expect(report.proposal).toEqual({ id: 'case-1', title: '张江A区调整方案', state: 'draft' });
    expect(report.params).toMatchObject({ balanceScope: 'subpark', balanceMode: 'no-net-increase', balanceToleranceM2: 0 });
    expect(report.ledger).toEqual([
      { subparkId: 'A', beforeM2: 25000, outM2: 5000, inM2: 19000, afterM2: 39000, deltaM2: 14000, plotsOut: 1, plotsIn: 3, approvedAreaKm2: 0.05 },
      { subparkId: 'B', beforeM2: 30000, outM2: 10000, inM2: 5000, afterM2: 25000, deltaM2: -5000, plotsOut: 1, plotsIn: 1, approvedAreaKm2: 0.04 },
      { subparkId: '*', beforeM2: 55000, outM2: 5000, inM2: 14000, afterM2: 64000, deltaM2: 9000, plotsOut: 1, plotsIn: 3 },
    ]);
    expect(report.balance).toEqual({ scope: 'subpark', mode: 'no-net-increase', toleranceM2: 0, ok: false, violations: [report.ledger[0]] });
    expect(report.moved).toEqual([
      { id: 'a3', from: 'A', to: null },
      { id: 'o1', from: null, to: 'A' },
      { id: 'b1', from: 'B', to: 'A' },
      { id: 'n1', from: null, to: 'B' },
      { id: 'n3', from: null, to: 'A' },
    ]);
    expect(report.before.subparks.map((s: { subparkId: string }) => s.subparkId).sort()).toEqual(['A', 'B']);
    expect(report.after.subparks.find((s: { subparkId: string }) => s.subparkId === 'A').plotCount).toBe(5);
    expect(report.before.total.plotCount).toBe(7);
    expect(report.after.total.plotCount).toBe(9);
    expect(report.before.subparks[0].flagCounts).toBeTypeOf('object');
    const changeIssues = report.issues.filter((i: { change?: number }) => i.change !== undefined);
    expect(changeIssues.filter((i: { severity: string }) => i.severity === 'error').map((i: { change: number }) => i.change)).toEqual([4, 5, 6, 7, 8, 10, 11, 11]);
    expect(Object.keys(changeIssues[0])).toEqual(['change', 'id', 'severity', 'code', 'field', 'message']);
    expect(run.stderr).toMatch(/^parktwin: 5 plots moved, balance broken \(subpark\/no-net-increase, tolerance 0 m²\), \d+ issues\n$/);
  });

  it('applies the balance parameters of --config, and writes to --out', async () => {
    const config = file('zone.json', { balanceScope: 'zone', balanceToleranceM2: 9000 });
    const out = join(dir, 'report.json');
    const run = await runCli(['propose', PLOTS, PROPOSAL, '--config', config, '--as-of', '2026-06-30', '--out', out, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.balance).toEqual({ scope: 'zone', mode: 'no-net-increase', toleranceM2: 9000, ok: true, violations: [] });
    expect(report.ledger[0].approvedAreaKm2).toBeUndefined();
  });

  it.each([
    ['a missing proposal file', [PLOTS, join(dir, 'nope.json')], /cannot read the proposal file .*nope\.json: no such file/],
    ['a proposal file that is not JSON', [PLOTS, file('bad.json', '{"schema": ')], /cannot read the proposal file .*: not valid JSON/],
    ['a file that is not a proposal', [PLOTS, file('other.json', { schema: 'parktwin-proposal/9', changes: [] })], /newer ParkTwin/],
    ['a missing plots file', [join(dir, 'none.geojson'), PROPOSAL], /cannot read .*none\.geojson: no such file/],
    ['a sub-parks file that is not GeoJSON', [PLOTS, PROPOSAL, '--subparks', file('sp.json', [1])], /cannot read the sub-parks file/],
    ['a bad balance parameter', [PLOTS, PROPOSAL, '--config', file('c.json', { balanceMode: 'less' })], /"balanceMode" must be one of/],
    ['one file only', [PLOTS], /propose takes a plots file and a proposal file/],
  ])('exits 2 with one line for %s', async (_name, args, pattern) => {
    const run = await runCli(['propose', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout.length).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  });
});
