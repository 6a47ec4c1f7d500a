// Structural rules of the package, checked on the source tree:
// - a domain imports only core (never another domain), core imports no domain;
// - src/ imports no Node built-in (it must run in browsers, Deno and notebooks);
// - there is no import cycle;
// - no schema uses zod's `.readonly()`, which freezes the caller's value when it refuses it
//   (core's readonlyOf freezes only zod's own copy of an accepted value);
// - the root entry re-exports every domain, and no two domains export the same name.
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const DOMAINS = ['journey', 'touchpoint', 'loyalty', 'inventory', 'satisfaction', 'members', 'sample'] as const;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
/** What src/ may import: the runtime dependencies and the peer dependencies, nothing else. */
const ALLOWED_PACKAGES = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);

function packageOf(specifier: string): string {
  return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2];
    if (specifier !== undefined) found.push(specifier);
  }
  return found;
}

function areaOf(file: string): string {
  const [first] = relative(src, file).split(sep);
  return first === undefined || first.endsWith('.ts') ? '(root)' : first;
}

function resolveLocal(from: string, specifier: string): string {
  return resolve(dirname(from), specifier).replace(/\.js$/, '.ts');
}

const files = listFiles(src);
const graph = new Map<string, string[]>();
for (const file of files) {
  graph.set(
    file,
    importsOf(readFileSync(file, 'utf8')).map((s) => (s.startsWith('.') ? resolveLocal(file, s) : s)),
  );
}

describe('architecture', () => {
  it('reads import specifiers of every form', () => {
    expect(
      importsOf(
        "import { a } from './a.js';\nimport type { B } from '../b.js';\nexport * from './c.js';\nimport 'side';\nconst x = import('./d.js');\nexport { e } from \"./e.js\";",
      ),
    ).toEqual(['./a.js', '../b.js', './c.js', 'side', './d.js', './e.js']);
  });

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('has no Node built-in and no undeclared package imported from src/', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const offenders: string[] = [];
    for (const [file, specifiers] of graph) {
      for (const s of specifiers) {
        if (s.startsWith('/')) {
          if (!s.startsWith(src)) offenders.push(`${relative(root, file)} → ${s}`);
          continue;
        }
        const pkg = packageOf(s);
        if (builtins.has(s) || builtins.has(pkg) || s.startsWith('node:') || !ALLOWED_PACKAGES.has(pkg)) {
          offenders.push(`${relative(root, file)} → ${s}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('declares only runtime dependencies that src/ imports (installers get no dead packages)', () => {
    const used = new Set<string>();
    for (const specifiers of graph.values()) for (const s of specifiers) if (!s.startsWith('/')) used.add(packageOf(s));
    expect([...ALLOWED_PACKAGES].filter((p) => !used.has(p))).toEqual([]);
  });

  it('keeps every local import resolvable', () => {
    const missing: string[] = [];
    for (const [file, specifiers] of graph) {
      for (const s of specifiers) if (s.startsWith('/') && !graph.has(s)) missing.push(`${relative(root, file)} → ${s}`);
    }
    expect(missing).toEqual([]);
  });

  it('lets a domain import only core, and core import no domain', () => {
    const offenders: string[] = [];
    for (const [file, specifiers] of graph) {
      const from = areaOf(file);
      if (from === '(root)') continue;
      for (const s of specifiers) {
        if (!s.startsWith('/')) continue;
        const to = areaOf(s);
        if (to !== from && to !== 'core') offenders.push(`${relative(root, file)} (${from}) → ${relative(root, s)} (${to})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('uses readonlyOf, never zod’s .readonly() (it freezes an input it refuses)', () => {
    const uses = files.filter((file) => {
      // Comments may name it; code may not.
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      return /\.readonly\(\s*\)/.test(code);
    });
    expect(uses.map((f) => relative(src, f))).toEqual([]);
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      const seen = state.get(file);
      if (seen === 'done') return;
      if (seen === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => relative(src, f)).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const s of graph.get(file) ?? []) if (graph.has(s)) visit(s, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('re-exports every domain from the root entry', () => {
    const rootIndex = readFileSync(join(src, 'index.ts'), 'utf8');
    for (const domain of DOMAINS.filter((d) => d !== 'sample')) {
      expect(rootIndex).toContain(`export * from './${domain}/index.js';`);
    }
    expect(rootIndex).toContain("export * from './core/index.js';");
  });

  it('never exports the same name from two domains (or a domain and core)', async () => {
    const owners = new Map<string, string[]>();
    for (const area of ['core', ...DOMAINS]) {
      const mod = (await import(join(src, area, 'index.ts'))) as Record<string, unknown>;
      for (const name of Object.keys(mod)) owners.set(name, [...(owners.get(name) ?? []), area]);
    }
    const clashes = [...owners].filter(([, areas]) => areas.length > 1).map(([name, areas]) => `${name}: ${areas.join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('exposes every core and domain export at the root', async () => {
    const rootModule = (await import(join(src, 'index.ts'))) as Record<string, unknown>;
    for (const area of ['core', ...DOMAINS.filter((d) => d !== 'sample')]) {
      const mod = (await import(join(src, area, 'index.ts'))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) expect(rootModule[name], `${area}.${name}`).toBe(value);
    }
  });
});

describe('package.json exports', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
    sideEffects: boolean;
    type: string;
  };
  it('has one subpath per domain, core and sample, each with import and require conditions and types', () => {
    const expected = ['.', './core', ...DOMAINS.map((d) => `./${d}`), './package.json'];
    expect(Object.keys(pkg.exports).sort()).toEqual([...expected].sort());
    for (const key of expected.filter((k) => k !== './package.json')) {
      const base = key === '.' ? './dist/index' : `./dist/${key.slice(2)}/index`;
      expect(pkg.exports[key]).toEqual({
        import: { types: `${base}.d.ts`, default: `${base}.js` },
        require: { types: `${base}.d.cts`, default: `${base}.cjs` },
      });
    }
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.type).toBe('module');
  });
});
