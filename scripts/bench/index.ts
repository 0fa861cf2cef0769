/**
 * Benchmark runner: `npm run bench` runs every benchmark not marked slow; `npm run bench -- analysis
 * --sizes 10000,100000` runs one by name with options (`npm run bench -- viewer 100000` passes the
 * count to the viewer's script); `npm run bench -- --list` lists them.
 * See registry.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BENCHES, type BenchEntry } from './registry.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const argv = process.argv.slice(2);
// Leading words that name benchmarks select them; everything from the first other word on
// (options, or positionals such as the viewer's plot counts) goes to each selected benchmark.
const isName = (word: string) => /^[a-z][\w-]*$/i.test(word) && !/^\d/.test(word);
let split = argv.findIndex((word) => !isName(word));
if (split < 0) split = argv.length;
const names = argv.slice(0, split);
const options = argv.slice(split);

if (options.includes('--list') || options.includes('--help')) {
  for (const b of BENCHES) console.log(`${b.name.padEnd(10)} ${b.slow ? '(slow) ' : ''}${b.description}${existsSync(dir + b.file) ? '' : ' [not present]'}`);
  console.log('\nnpm run bench [-- <name>… [options]]   e.g. npm run bench -- analysis --sizes 10000,100000');
  process.exit(0);
}

function entryFor(name: string): BenchEntry | undefined {
  const known = BENCHES.find((b) => b.name === name);
  if (known) return known;
  return existsSync(`${dir}${name}.ts`) ? { name, file: `${name}.ts`, description: '' } : undefined;
}

const selected = names.length > 0 ? names.map((n) => entryFor(n) ?? n) : BENCHES.filter((b) => !b.slow && existsSync(dir + b.file));
let failed = false;
for (const entry of selected) {
  if (typeof entry === 'string') {
    console.error(`bench: no benchmark "${entry}" (known: ${BENCHES.map((b) => b.name).join(', ')})`);
    failed = true;
    continue;
  }
  if (!existsSync(dir + entry.file)) {
    console.error(`bench: ${entry.name} is not present yet (scripts/bench/${entry.file})`);
    failed = true;
    continue;
  }
  console.log(`\n=== ${entry.name} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', dir + entry.file, ...options], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`bench: ${entry.name} exited with ${run.status ?? run.signal}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
