/*
 * Builds the RHDH test shell (shell/) with webpack and module federation, the way RHDH's app is a webpack host
 * that shares its singletons with the Scalprum plugins. Run as its own process by ensureShellBuild.ts:
 *   node --require @backstage/cli/config/nodeTransform.cjs buildShell.ts <outDir>
 */
import { join, resolve } from 'node:path';
import webpack from 'webpack';

/**
 * The packages RHDH's app shares with dynamic frontend plugins: the singletons `rhdh-cli plugin export` declares
 * for the Scalprum container (@red-hat-developer-hub/cli, lib/bundler/scalprumConfig). A plugin's container falls
 * back to its own copy of a package the host does not share, which breaks React hooks and contexts.
 */
const SHARED_SINGLETONS = [
  'react',
  'react-dom',
  'react-router-dom',
  'react-router',
  '@backstage/version-bridge',
  '@backstage/core-app-api',
  '@backstage/core-plugin-api',
  '@backstage/frontend-plugin-api',
  '@scalprum/react-core',
  '@openshift/dynamic-plugin-sdk',
  '@material-ui/core/styles',
  '@material-ui/styles',
  '@mui/material',
  '@mui/system',
  '@mui/private-theming',
  '@mui/styled-engine',
  '@emotion/cache',
  '@emotion/react',
];

/** This folder; the build runs with the test package as its working directory. */
const frontendDir = resolve('src/rhdh/frontend');

function resolvable(name: string): boolean {
  try {
    require.resolve(name, { paths: [frontendDir] });
    return true;
  } catch {
    return false;
  }
}

/** Shared singletons the shell can provide; `LLMD_SHELL_UNSHARED` drops some (to show the test catches it). */
function sharedModules() {
  const unshared = (process.env.LLMD_SHELL_UNSHARED ?? '').split(',');
  return Object.fromEntries(
    SHARED_SINGLETONS.filter(
      name => resolvable(name) && !unshared.includes(name),
    ).map(name => [name, { singleton: true, requiredVersion: '*' }]),
  );
}

const outDir = process.argv[2];
const compiler = webpack({
  mode: 'development',
  devtool: false,
  context: frontendDir,
  entry: { main: './shell/index.ts' },
  output: {
    path: outDir,
    publicPath: '/shell/',
    filename: '[name].js',
    clean: true,
  },
  resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'] },
  module: {
    rules: [
      { test: /\.m?js$/, resolve: { fullySpecified: false } },
      {
        test: /\.tsx?$/,
        include: join(frontendDir, 'shell'),
        loader: 'esbuild-loader',
        options: { loader: 'tsx', target: 'es2020', jsx: 'automatic' },
      },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      { test: /\.(svg|png|woff2?)$/, type: 'asset/resource' },
    ],
  },
  plugins: [
    new webpack.container.ModuleFederationPlugin({
      name: 'rhdh_test_shell',
      shared: sharedModules(),
    }),
    new webpack.DefinePlugin({
      'process.env.NODE_ENV': JSON.stringify('development'),
    }),
    new webpack.ProvidePlugin({ process: 'process/browser' }),
  ],
  performance: { hints: false },
  infrastructureLogging: { level: 'error' },
});

compiler.run((error, stats) => {
  if (error || stats?.hasErrors()) {
    process.stderr.write(`${error ?? stats?.toString('errors-only')}\n`);
    process.exit(1);
  }
  compiler.close(() => process.exit(0));
});
