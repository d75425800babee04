const { importRules } = require('../../eslintImportRules');

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  ...importRules(__dirname),
  // RHDH dynamic-plugin exports (npm run export:dynamic) are build output
  ignorePatterns: ['dist-dynamic/**', 'dist-scalprum/**'],
});
