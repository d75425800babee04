const { houseRules } = require('../../eslintHouseRules');

// Layers, lowest first: a folder may import only from the layers below it (docs/architecture.md).
const LAYERS = [
  ['src/kube', 'src/yaml', 'src/permissions.ts'],
  ['src/epp'],
  ['src/render'],
  ['src/api'],
  ['src/endpoints', 'src/models', 'src/metrics'],
  ['src/catalog', 'src/reachability'],
  ['src/policy'],
  ['src/gitops', 'src/views'],
  ['src/index.ts'],
];

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  ...houseRules(__dirname, { layers: LAYERS }),
});
