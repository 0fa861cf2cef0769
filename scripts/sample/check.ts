/**
 * Prints what the validator and the analysis make of a generated sample:
 *
 *   npx tsx scripts/sample/check.ts [dir]      # default data/sample
 */
import { join } from 'node:path';
import { FLAG_BIT, FLAG_NAMES, M2_PER_MU } from '../../src/index.ts';
import { analyseSample } from './lib/analyseSample.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../data/sample');
const { table, issues, result } = analyseSample(dir);

const byCode = new Map<string, number>();
for (const i of issues) byCode.set(`${i.severity} ${i.code}`, (byCode.get(`${i.severity} ${i.code}`) ?? 0) + 1);
console.log(`plots in table ${table.count}; issues: ${issues.length}`, Object.fromEntries(byCode));

const areas = result.plots.areaM2;
let total = 0;
let min = Infinity;
let max = 0;
for (const a of areas) {
  total += a;
  min = Math.min(min, a);
  max = Math.max(max, a);
}
console.log(`plot area: mean ${(total / table.count / 1e4).toFixed(2)} ha, min ${(min / 1e4).toFixed(2)} ha, max ${(max / 1e4).toFixed(2)} ha, total ${(total / 1e6).toFixed(1)} km²`);

const flagCounts = FLAG_NAMES.map((f) => [f, result.plots.flags.reduce((s, m) => s + (m & FLAG_BIT[f] ? 1 : 0), 0)]);
console.log('flags', Object.fromEntries(flagCounts));
console.log(`blocks ${result.blocks.length}; consolidation groups ${result.consolidation.length}`);

const groupsBySubpark = new Map<string, number>();
for (const g of result.consolidation) groupsBySubpark.set(g.subparkId, (groupsBySubpark.get(g.subparkId) ?? 0) + 1);
console.log('id'.padEnd(11), 'plots', 'km²', 'blocks', 'main%', 'groups', 'LP', 'RD%', 'out/mu', 'tax/mu', 'FARind', 'weak', 'remove');
for (const s of result.subparks) {
  console.log(
    s.subparkId.padEnd(11),
    String(s.plotCount).padStart(5),
    (s.areaM2 / 1e6).toFixed(1).padStart(5),
    String(s.blockCount).padStart(4),
    (100 * s.mainBlockShare).toFixed(0).padStart(4),
    String(groupsBySubpark.get(s.subparkId) ?? 0).padStart(3),
    s.labourProductivity.value?.toFixed(1),
    ((s.rdIntensity.value ?? 0) * 100).toFixed(2),
    s.outputPerMu.value?.toFixed(0),
    s.taxPerMu.value?.toFixed(0),
    s.farIndustrial.value?.toFixed(2),
    s.flagCounts.weak,
    s.flagCounts['removal-candidate'],
  );
}
void M2_PER_MU;
