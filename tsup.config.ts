import { defineConfig } from 'tsup';

export const subpaths = ['core', 'journey', 'touchpoint', 'loyalty', 'inventory', 'satisfaction', 'members', 'sample'] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(subpaths.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { types: [] } },
  tsconfig: 'tsconfig.src.json',
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});
