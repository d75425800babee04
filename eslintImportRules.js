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

/**
 * The shared `settings` and `rules` for eslint-factory.
 *
 * @param {string} dir - the package directory (`__dirname` of its .eslintrc.js)
 * @param {{ layers?: string[][] }} [options] - layers of the package, lowest first
 */
function importRules(dir, options = {}) {
  return {
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
