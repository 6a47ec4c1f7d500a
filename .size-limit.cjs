// Size budgets per subpath, minified and gzipped, for a consumer that imports everything from
// the entry (`import *`). zod is a peer dependency and is not counted; decimal.js (the only
// runtime dependency) is counted where an entry pulls it in.
const entries = {
  core: '32 kB',
  journey: '60 kB',
  touchpoint: '60 kB',
  loyalty: '80 kB',
  inventory: '60 kB',
  satisfaction: '60 kB',
  members: '60 kB',
  sample: '40 kB',
};
module.exports = [
  { name: 'omnicx (root, everything)', path: 'dist/index.js', import: '*', ignore: ['zod'], limit: '200 kB' },
  ...Object.entries(entries).map(([name, limit]) => ({
    name: `omnicx/${name}`,
    path: `dist/${name}/index.js`,
    import: '*',
    ignore: ['zod'],
    limit,
  })),
  { name: 'omnicx/core allocateMoney only (tree-shaking)', path: 'dist/core/index.js', import: '{ allocateMoney }', ignore: ['zod'], limit: '15 kB' },
];
