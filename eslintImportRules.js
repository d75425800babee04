/*
 * Import rules every package's .eslintrc.js passes to Backstage's eslint-factory, so `backstage-cli repo lint` (the
 * first step of `npm test`) fails on an import cycle, and in llmd-common on an import against its layers
 * (docs/architecture.md). Usage:
 *
 *   module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
 *     ...importRules(__dirname),          // or importRules(__dirname, { layers: [...] })
 *   });
 */
const path = require('node:path');

const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * One zone per layer member: it may not import the members of its own layer or of any layer above it.
 *
 * @param {string} dir - the package directory
 * @param {string[][]} layers - lowest layer first; each entry a list of paths relative to `dir`
 */
function layerZones(dir, layers) {
  return layers.flatMap((layer, index) => {
    const above = layers.slice(index).flat();
    const below = layers.slice(0, index).flat();
    return layer.map(target => ({
      target: path.join(dir, target),
      from: above
        .filter(other => other !== target)
        .map(other => path.join(dir, other)),
      message: `layers of ${path.basename(
        dir,
      )} (docs/architecture.md): ${target} may import ${
        below.length ? `only ${below.join(', ')}` : 'nothing of its package'
      }`,
    }));
  });
}

/** Test code in every package: test files, `__testUtils__/` helpers and the `testUtils` entry points. */
const TEST_FILES = [
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/__testUtils__/**',
  '**/testUtils/**',
];

/**
 * Test code may import what the product may not: Node built-ins in a frontend package's tests, other workspace
 * packages (the CRD validator, `@internal/test-support`) from a plugin's tests. One override instead of an
 * `eslint-disable` comment in each file.
 *
 * @param {string[]} files - the globs of the package's test code
 */
function testImportsOverride(files) {
  return {
    files,
    rules: {
      'no-restricted-imports': 'off',
      '@backstage/no-mixed-plugin-imports': 'off',
    },
  };
}

/**
 * The shared `settings`, `rules` and `overrides` for eslint-factory.
 *
 * @param {string} dir - the package directory (`__dirname` of its .eslintrc.js)
 * @param {{ layers?: string[][], testFiles?: string[] }} [options] - layers of the package, lowest first; globs of
 *   test code besides the usual test files (e.g. a whole package of tests)
 */
function importRules(dir, options = {}) {
  return {
    overrides: [
      testImportsOverride([...TEST_FILES, ...(options.testFiles ?? [])]),
    ],
    settings: {
      'import/extensions': EXTENSIONS,
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Dependencies are never parsed: only the package's own files can form a cycle.
      'import/ignore': ['node_modules'],
      // preserveSymlinks: a workspace package resolves under node_modules, so `ignoreExternal` skips it; packages
      // cannot form a cycle among themselves (docs/architecture.md), only files inside one package can.
      'import/resolver': {
        node: { extensions: [...EXTENSIONS, '.json'], preserveSymlinks: true },
      },
    },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      ...(options.layers && {
        'import/no-restricted-paths': [
          'error',
          { zones: layerZones(dir, options.layers) },
        ],
      }),
    },
  };
}

module.exports = { importRules };
