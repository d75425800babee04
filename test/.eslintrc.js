const { importRules } = require('../eslintImportRules');

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  ...importRules(__dirname),
});
