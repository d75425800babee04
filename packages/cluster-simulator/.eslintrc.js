const { houseRules } = require('../../eslintHouseRules');

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  ...houseRules(__dirname),
});
