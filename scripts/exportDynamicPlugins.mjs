#!/usr/bin/env node
// Exports the llm-d plugins as Red Hat Developer Hub dynamic plugins (`npm run export:dynamic`):
// each plugin's dist-dynamic/ folder (and dist-scalprum/ for the frontend), ready for
// `rhdh-cli plugin package`. See docs/rhdh.md.
//
// `rhdh-cli plugin export` assumes a Yarn monorepo; this repository uses npm workspaces. The
// script bridges the gap:
// - it builds what the export needs itself (root `tsc` for the declarations `backstage-cli package
//   build` requires, then the embedded libraries and the backend plugins) and calls the export with
//   `--no-build`, which would otherwise run `yarn build` (@llmd/crd-validator has no build
//   script);
// - for a backend plugin it writes a temporary yarn.lock derived from package-lock.json into the
//   plugin folder, where rhdh-cli looks for "the static plugin yarn.lock" to seed
//   dist-dynamic/yarn.lock before `yarn install --production` fills the dynamic plugin's private
//   node_modules, and removes it again afterwards, also on failure or interruption.
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yarnLockFromPackageLock } from './yarnLockFromPackageLock.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const COMMON = '@llmd/plugin-llmd-common';
const NODE = '@llmd/plugin-llmd-node';
const CRD_VALIDATOR = '@llmd/crd-validator';

/**
 * The exported plugins. `embed`: the private workspace libraries compiled into a backend dynamic
 * plugin (`--embed-package`); they are not published, so they cannot be installed.
 */
export const DYNAMIC_PLUGINS = [
  { dir: 'plugins/llmd', kind: 'frontend', embed: [] },
  { dir: 'plugins/llmd-backend', kind: 'backend', embed: [COMMON, NODE] },
  {
    dir: 'plugins/scaffolder-backend-module-llmd',
    kind: 'backend',
    embed: [COMMON, NODE, CRD_VALIDATOR],
  },
  {
    dir: 'plugins/catalog-backend-module-llmd',
    kind: 'backend',
    embed: [COMMON, NODE],
  },
];

/** First line of the temporary yarn.lock files. */
const LOCK_MARKER =
  '# Temporary: written from package-lock.json by scripts/exportDynamicPlugins.mjs for rhdh-cli.';

/** Where the embeddable workspace libraries live, in build order. */
const LIBRARY_DIRS = {
  [COMMON]: 'plugins/llmd-common',
  [NODE]: 'plugins/llmd-node',
  [CRD_VALIDATOR]: 'packages/crd-validator',
};

const USAGE = `Usage: npm run export:dynamic -- [options] [plugin...]

Exports the llm-d plugins as RHDH dynamic plugins into each plugin's dist-dynamic/ (and
dist-scalprum/ for the frontend). plugin: a folder name under plugins/ (default: all of
${DYNAMIC_PLUGINS.map(p => p.dir.replace('plugins/', '')).join(', ')}).

Options:
  --no-build    reuse the existing dist/ outputs (skip tsc and backstage-cli package build)
  --no-install  do not run yarn install in the backend dist-dynamic folders (quick check only:
                the result lacks its private node_modules and is not deployable)
  -h, --help    show this help`;

function log(message) {
  process.stderr.write(`[export-dynamic] ${message}\n`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

/** Parses the command line; throws on unknown options or plugins. */
export function parseArgs(argv) {
  const options = { build: true, install: true, help: false, plugins: [] };
  for (const arg of argv) {
    if (arg === '--no-build') options.build = false;
    else if (arg === '--no-install') options.install = false;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg.startsWith('-')) throw new Error(`Unknown option ${arg}`);
    else {
      const name = arg.replace(/^plugins\//, '').replace(/\/$/, '');
      const plugin = DYNAMIC_PLUGINS.find(p => p.dir === `plugins/${name}`);
      if (!plugin) {
        throw new Error(
          `Unknown plugin ${arg}; expected one of ${DYNAMIC_PLUGINS.map(p =>
            p.dir.replace('plugins/', ''),
          ).join(', ')}`,
        );
      }
      if (!options.plugins.includes(plugin)) options.plugins.push(plugin);
    }
  }
  if (options.plugins.length === 0) options.plugins = [...DYNAMIC_PLUGINS];
  return options;
}

// The child process running now, so an interruption can stop it (with its own children).
let running;
// Temporary files to remove whatever happens.
const temporaryFiles = new Set();

function removeTemporaryFiles() {
  for (const file of temporaryFiles) {
    rmSync(file, { force: true });
    temporaryFiles.delete(file);
  }
}

// Runs in one checkout (several people, or `npm test` next to `npm run export:dynamic`) take turns:
// they write the same dist-dynamic folders.
const LOCK_FILE = join(
  repoRoot,
  'node_modules',
  '.cache',
  'export-dynamic.lock',
);

let lockHeld = false;

function releaseLock() {
  if (lockHeld) rmSync(LOCK_FILE, { force: true });
  lockHeld = false;
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

async function acquireLock(timeoutMs = 15 * 60_000) {
  mkdirSync(dirname(LOCK_FILE), { recursive: true });
  const started = Date.now();
  let announced = false;
  for (;;) {
    try {
      writeFileSync(LOCK_FILE, String(process.pid), { flag: 'wx' });
      lockHeld = true;
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const holder = Number(readFileSync(LOCK_FILE, 'utf8'));
    if (!holder || !isRunning(holder)) {
      rmSync(LOCK_FILE, { force: true });
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `another export (pid ${holder}) still holds ${LOCK_FILE}`,
      );
    }
    if (!announced) {
      log(`waiting for the export of pid ${holder} to finish`);
      announced = true;
    }
    await new Promise(r => setTimeout(r, 2000));
  }
}

function onSignal(signal) {
  log(`${signal}: stopping`);
  if (running?.pid) {
    try {
      process.kill(-running.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  removeTemporaryFiles();
  releaseLock();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function childEnv(extra = {}) {
  const env = {
    ...process.env,
    ...extra,
    // rhdh-cli calls `yarn` (classic, a root devDependency) and the build tools by name.
    PATH: [join(repoRoot, 'node_modules', '.bin'), process.env.PATH].join(
      process.platform === 'win32' ? ';' : ':',
    ),
    // Private dependencies come from the npm registry this repository uses, as in the lockfile;
    // their lifecycle scripts are not run (native modules are refused anyway).
    npm_config_registry: npmRegistry(),
    npm_config_ignore_scripts: 'true',
  };
  if (!process.stderr.isTTY) env.FORCE_COLOR = '0';
  return env;
}

let registry;
function npmRegistry() {
  registry ??=
    process.env.npm_config_registry ||
    execFileSync('npm', ['config', 'get', 'registry'], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim() ||
    'https://registry.npmjs.org/';
  return registry;
}

/**
 * Runs a command in `cwd` (relative to the repository root), its output prefixed with `label`;
 * rejects with the tail of the output when it fails.
 */
function run(label, cwd, command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: join(repoRoot, cwd),
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group, so an interruption stops yarn and webpack too.
      detached: process.platform !== 'win32',
    });
    running = child;
    const tail = [];
    const forward = chunk => {
      for (const line of chunk.toString().split(/\r?\n/)) {
        if (!line.trim()) continue;
        process.stderr.write(`  [${label}] ${line}\n`);
        tail.push(line);
        if (tail.length > 5) tail.shift();
      }
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running = undefined;
      if (code === 0) resolve();
      else {
        reject(
          new Error(
            `${[command, ...args].join(' ')} (in ${cwd}) failed with ${
              signal ?? `exit code ${code}`
            } (its output is above); last lines:\n${tail.join('\n')}`,
          ),
        );
      }
    });
  });
}

function readJson(file) {
  return JSON.parse(readFileSync(join(repoRoot, file), 'utf8'));
}

async function build(plugins) {
  const backends = plugins.filter(p => p.kind === 'backend');
  if (backends.length === 0) return;
  let started = Date.now();
  log('tsc (declarations for backstage-cli package build)');
  await run('tsc', '.', 'tsc', []);
  log(`tsc done in ${seconds(started)}`);
  const libraries = Object.keys(LIBRARY_DIRS).filter(name =>
    backends.some(p => p.embed.includes(name)),
  );
  for (const dir of [
    ...libraries.map(name => LIBRARY_DIRS[name]),
    ...backends.map(p => p.dir),
  ]) {
    started = Date.now();
    await run(dir, dir, 'backstage-cli', [
      'package',
      'build',
      '--skip-build-dependencies',
    ]);
    log(`built ${dir} in ${seconds(started)}`);
  }
}

/** Sanity checks of an export, so a broken output fails here rather than in RHDH. */
export function checkExport(plugin, { install }) {
  const pkg = readJson(join(plugin.dir, 'package.json'));
  const out = join(plugin.dir, 'dist-dynamic');
  const problems = [];
  if (!existsSync(join(repoRoot, out, 'package.json'))) {
    return [`${out}/package.json is missing`];
  }
  const dynamic = readJson(join(out, 'package.json'));
  if (dynamic.name !== `${pkg.name}-dynamic`) {
    problems.push(`${out}/package.json is named ${dynamic.name}`);
  }
  if (plugin.kind === 'frontend') {
    const manifestFile = join(out, 'dist-scalprum', 'plugin-manifest.json');
    if (!existsSync(join(repoRoot, manifestFile))) {
      problems.push(`${manifestFile} is missing`);
    } else {
      const manifest = readJson(manifestFile);
      const expected = pkg.scalprum?.name;
      if (expected && manifest.name !== expected) {
        problems.push(
          `${manifestFile} is for ${manifest.name}, not ${expected}`,
        );
      }
    }
    return problems;
  }
  if (!existsSync(join(repoRoot, out, dynamic.main ?? 'index.js'))) {
    problems.push(`${out}/${dynamic.main} (main) is missing`);
  }
  const shared = Object.keys(dynamic.dependencies ?? {}).filter(d =>
    d.startsWith('@backstage/'),
  );
  if (shared.length) {
    problems.push(`${out} bundles shared packages: ${shared.join(', ')}`);
  }
  for (const name of plugin.embed) {
    const embedded = join(
      out,
      'embedded',
      name.replace(/^@/, '').replace('/', '-'),
    );
    const embeddedPkg = join(embedded, 'package.json');
    if (!existsSync(join(repoRoot, embeddedPkg))) {
      problems.push(`${embedded} is missing`);
      continue;
    }
    const main = readJson(embeddedPkg).main ?? 'index.js';
    if (/\.tsx?$/.test(main) || !existsSync(join(repoRoot, embedded, main))) {
      problems.push(`${embeddedPkg} has no built main (${main})`);
    }
  }
  if (install && !existsSync(join(repoRoot, out, 'node_modules'))) {
    problems.push(`${out}/node_modules is missing`);
  }
  return problems;
}

async function exportPlugin(plugin, options) {
  const args = ['plugin', 'export', '--clean'];
  const env = {};
  if (plugin.kind === 'frontend') {
    // One webpack instance for the dist-scalprum build (see the preloaded file).
    env.NODE_OPTIONS = [
      process.env.NODE_OPTIONS,
      `--require ${JSON.stringify(
        join(repoRoot, 'scripts', 'rhdhCliSingleWebpack.cjs'),
      )}`,
    ]
      .filter(Boolean)
      .join(' ');
  } else {
    args.push('--no-build');
    if (!options.install) args.push('--no-install');
    if (plugin.embed.length) args.push('--embed-package', ...plugin.embed);
    const lockFile = join(repoRoot, plugin.dir, 'yarn.lock');
    // A yarn.lock of someone else's is used as it is; one left by an interrupted run of this
    // script (it carries the marker) is replaced.
    if (
      existsSync(lockFile) &&
      !readFileSync(lockFile, 'utf8').startsWith(LOCK_MARKER)
    ) {
      log(`using the existing ${relative(repoRoot, lockFile)}`);
    } else {
      temporaryFiles.add(lockFile);
      writeFileSync(
        lockFile,
        `${LOCK_MARKER}\n${yarnLockFromPackageLock(
          join(repoRoot, 'package-lock.json'),
          npmRegistry(),
        )}`,
      );
    }
  }
  const label = plugin.dir.replace('plugins/', '');
  try {
    await run(label, plugin.dir, 'rhdh-cli', args, env);
  } finally {
    removeTemporaryFiles();
  }
  const problems = checkExport(plugin, options);
  if (problems.length) {
    throw new Error(
      `the export of ${plugin.dir} is incomplete:\n- ${problems.join('\n- ')}`,
    );
  }
}

export async function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const started = Date.now();
  const summary = [];
  try {
    await acquireLock();
    if (options.build) await build(options.plugins);
    for (const plugin of options.plugins) {
      const pluginStarted = Date.now();
      log(`exporting ${plugin.dir} (${plugin.kind})`);
      await exportPlugin(plugin, options);
      summary.push(
        `${plugin.dir}/dist-dynamic${
          plugin.kind === 'frontend' ? ' (with dist-scalprum/)' : ''
        } in ${seconds(pluginStarted)}`,
      );
      log(`exported ${plugin.dir} in ${seconds(pluginStarted)}`);
    }
  } catch (e) {
    log(`FAILED: ${e.message}`);
    return 1;
  } finally {
    removeTemporaryFiles();
    releaseLock();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  log(`done in ${seconds(started)}:\n  ${summary.join('\n  ')}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
  });
}
