// Runs every benchmark suite (bench/*.bench.ts), prints each candidate against its baseline with
// the ratio, and writes bench/results.json with the machine and date. Usage:
//   npm run bench              all suites
//   npm run bench -- core      only suites whose file name contains "core"
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatComparison, type Comparison } from './lib.js';

interface Suite {
  readonly run: () => Promise<readonly Comparison[]>;
}

const dir = import.meta.dirname;
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const results: { suite: string; comparisons: readonly Comparison[] }[] = [];
for (const file of files) {
  const suite = (await import(pathToFileURL(join(dir, file)).href)) as Suite;
  console.log(`\n${file}`);
  const comparisons = await suite.run();
  for (const c of comparisons) console.log(`  ${formatComparison(c)}`);
  results.push({ suite: file, comparisons });
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
};
writeFileSync(
  join(dir, filters.length === 0 ? 'results.json' : 'results.local.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`,
);
console.log(`\n${filters.length === 0 ? 'bench/results.json' : 'bench/results.local.json'} written (${machine.cpu}, ${String(machine.cores)} cores, Node ${machine.node})`);
