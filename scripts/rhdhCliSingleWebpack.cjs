// Preloaded (`node --require`) into `rhdh-cli plugin export` for the frontend plugin by
// scripts/exportDynamicPlugins.mjs: makes every `require('webpack')` in that process load the
// webpack copy of @red-hat-developer-hub/cli.
//
// With npm's hoisting, rhdh-cli gets its own nested webpack (it pins ~5.96) while webpack plugins
// it uses from the repository root (@openshift/dynamic-plugin-sdk-webpack, mini-css-extract-plugin)
// resolve the root webpack that @backstage/cli brings. Plugins of one webpack applied to a compiler
// of another fail with "Cannot read properties of undefined (reading 'tap')" while building
// dist-scalprum. A single webpack instance is what a deduplicated (Yarn) install gives rhdh-cli.
const Module = require('node:module');
const path = require('node:path');

const cliPackage = require.resolve('@red-hat-developer-hub/cli/package.json', {
  paths: [path.join(__dirname, '..')],
});
const webpackPackage = require.resolve('webpack/package.json', {
  paths: [path.dirname(cliPackage)],
});
// The node_modules folder holding rhdh-cli's webpack.
const lookupPaths = [path.dirname(path.dirname(webpackPackage))];

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveSingleWebpack(
  request,
  parent,
  isMain,
  options,
) {
  if (request === 'webpack' || request.startsWith('webpack/')) {
    return resolveFilename.call(this, request, parent, isMain, {
      ...options,
      paths: lookupPaths,
    });
  }
  return resolveFilename.call(this, request, parent, isMain, options);
};
