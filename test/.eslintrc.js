const { importRules } = require('../eslintImportRules');

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // Everything here is test code: browser tests, cross-package tests and the benchmark.
  ...importRules(__dirname, { testFiles: ['src/**'] }),
});
