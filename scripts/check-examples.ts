// Packs the package, installs the tarball in a fresh temporary project, then type-checks and
// runs, against that installed copy: every file in examples/, every TSDoc @example in src/
// (with printed values checked against their trailing comments), and ESM + CommonJS smoke
// tests of every subpath, with types. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { extractDocExamples } from './extract-doc-examples.js';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
const keep = process.argv.includes('--keep');

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const packDir = join(root, '.tmp');
mkdirSync(packDir, { recursive: true });
const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root)) as { filename: string }[];
const tarball = join(packDir, basename(packed[0]?.filename ?? ''));
const zodVersion = (JSON.parse(readFileSync(join(root, 'node_modules/zod/package.json'), 'utf8')) as { version: string }).version;

const work = mkdtempSync(join(tmpdir(), 'omnicx-examples-'));
console.log(`check-examples: installing ${relative(root, tarball)} in ${work}`);
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'omnicx-examples', private: true, type: 'module' }, null, 2));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, `zod@${zodVersion}`], work);

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    types: [],
    outDir: 'out',
    rootDir: '.',
  },
  include: ['harness.ts', 'examples', 'doc-examples', 'smoke'],
};
writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
writeFileSync(
  join(work, 'harness.ts'),
  `declare const process: { exitCode?: number };\n${readFileSync(join(root, 'scripts/example-harness.ts'), 'utf8')}`,
);

// examples/
mkdirSync(join(work, 'examples'));
const exampleFiles = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts'));
for (const f of exampleFiles) copyFileSync(join(root, 'examples', f), join(work, 'examples', f));

// TSDoc @example blocks
mkdirSync(join(work, 'doc-examples'));
const docExamples = extractDocExamples(root);
let assertions = 0;
for (const ex of docExamples) {
  assertions += ex.assertions;
  const name = `${ex.file.replace(/^src\//, '').replace(/[/.]/g, '_')}_L${String(ex.line)}.ts`;
  const header = ex.assertions > 0 ? "import { __expectExample } from '../harness.js';\n" : '';
  const body = /^\s*(import|export)\b/m.test(ex.code) || header !== '' ? ex.code : `${ex.code}\nexport {};`;
  writeFileSync(join(work, 'doc-examples', name), `${header}${body}\n${/^\s*(import|export)\b/m.test(body) ? '' : 'export {};\n'}`);
}

// Smoke tests: every subpath through ESM and CommonJS, with types.
mkdirSync(join(work, 'smoke'));
const names = subpaths.map((s) => (s === '.' ? 'omnicx' : `omnicx/${s.slice(2)}`));
writeFileSync(
  join(work, 'smoke', 'esm.ts'),
  `${names.map((n, i) => `import * as m${String(i)} from '${n}';`).join('\n')}
import { allocateMoney } from 'omnicx/core';
const parts: { amountMinor: number; currency: string }[] = allocateMoney({ amountMinor: 100, currency: 'USD' }, [1, 1, 1]);
if (parts.map((p) => p.amountMinor).join(',') !== '34,33,33') throw new Error('allocateMoney via ESM is wrong');
console.log('esm ok', ${names.map((_, i) => `Object.keys(m${String(i)}).length`).join(', ')});
`,
);
writeFileSync(
  join(work, 'smoke', 'cjs.cts'),
  `import core = require('omnicx/core');
${names.map((n, i) => `import m${String(i)} = require('${n}');`).join('\n')}
const parts: { amountMinor: number; currency: string }[] = core.allocateMoney({ amountMinor: 100, currency: 'USD' }, [1, 1, 1]);
if (parts.map((p) => p.amountMinor).join(',') !== '34,33,33') throw new Error('allocateMoney via require is wrong');
console.log('cjs ok', ${names.map((_, i) => `Object.keys(m${String(i)}).length`).join(', ')});
`,
);

// tsc still emits when it reports errors, so every program runs and every failure is listed.
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', work], { encoding: 'utf8' });
const typeErrors = tsc.status === 0 ? 0 : (tsc.stdout.match(/error TS\d+/g) ?? ['error']).length;
if (typeErrors > 0) console.error(`${tsc.stdout}${tsc.stderr}\ncheck-examples: ${String(typeErrors)} type errors in examples against the packed package`);

function listJs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listJs(full) : /\.(c?js)$/.test(entry.name) && entry.name !== 'harness.js' ? [full] : [];
  });
}

let failures = 0;
const outputs = listJs(join(work, 'out'));
for (const file of outputs) {
  const result = spawnSync(process.execPath, [file], { cwd: work, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    failures++;
    console.error(`✗ ${relative(join(work, 'out'), file)} exited with ${String(result.status)}\n${result.stdout}\n${result.stderr}`);
  }
}
const summary = `${String(exampleFiles.length)} example files, ${String(docExamples.length)} doc examples (${String(assertions)} checked values), 2 smoke tests`;
if (!keep) rmSync(work, { recursive: true, force: true });
rmSync(tarball, { force: true });
if (failures > 0 || typeErrors > 0) {
  console.error(`check-examples: ${String(failures)} of ${String(outputs.length)} programs failed, ${String(typeErrors)} type errors (${summary})`);
  process.exit(1);
}
console.log(`check-examples: ${String(outputs.length)} programs ran against the packed package: ${summary}`);
