/*
 * House rules every package's .eslintrc.js passes to Backstage's eslint-factory, so `backstage-cli repo lint` (the
 * first step of `npm test`) fails on an import cycle, in llmd-common on an import against its layers
 * (docs/architecture.md), and on a product function longer than 60 lines (docs/development.md). Usage:
 *
 *   module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
 *     ...houseRules(__dirname),          // or houseRules(__dirname, { layers: [...] })
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
 * Test code may import what the product may not, and may be long: Node built-ins in a frontend package's tests, other workspace
 * packages (the CRD validator, `@internal/test-support`) from a plugin's tests. One override instead of an
 * `eslint-disable` comment in each file.
 *
 * @param {string[]} files - the globs of the package's test code
 */
function testCodeOverride(files) {
  return {
    files,
    rules: {
      'no-restricted-imports': 'off',
      '@backstage/no-mixed-plugin-imports': 'off',
      // A test reads as one story; the length limit is for product code.
      'max-lines-per-function': 'off',
    },
  };
}

/** Longest product function, counted without blank and comment lines: one job per function (issue #16). */
const MAX_FUNCTION_LINES = 60;

/**
 * The shared `settings`, `rules` and `overrides` for eslint-factory.
 *
 * @param {string} dir - the package directory (`__dirname` of its .eslintrc.js)
 * @param {{ layers?: string[][], testFiles?: string[] }} [options] - layers of the package, lowest first; globs of
 *   test code besides the usual test files (e.g. a whole package of tests)
 */
function houseRules(dir, options = {}) {
  return {
    overrides: [
      testCodeOverride([...TEST_FILES, ...(options.testFiles ?? [])]),
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
      'max-lines-per-function': [
        'error',
        {
          max: MAX_FUNCTION_LINES,
          skipBlankLines: true,
          skipComments: true,
          IIFEs: true,
        },
      ],
      ...(options.layers && {
        'import/no-restricted-paths': [
          'error',
          { zones: layerZones(dir, options.layers) },
        ],
      }),
    },
  };
}

module.exports = { houseRules };
