const { houseRules } = require('../../eslintHouseRules');

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  ...houseRules(__dirname),
  // RHDH dynamic-plugin exports (npm run export:dynamic) are build output
  ignorePatterns: ['dist-dynamic/**', 'dist-scalprum/**'],
});
