const { houseRules } = require('../eslintHouseRules');

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // Everything here is test code: browser tests, cross-package tests and the benchmark.
  ...houseRules(__dirname, { testFiles: ['src/**'] }),
});
