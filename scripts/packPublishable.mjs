// `npm run pack`: builds the publishable workspace packages and packs each with `npm pack` into dist-packs/, the
// installation that works before anything is published (docs/installation.md). Each tarball is what `npm publish`
// would upload: its package.json takes the `publishConfig` entry points (main, module, types), as Backstage's
// prepack does. The one exception is the CLI: its tarball bundles the @llmd/* libraries it needs
// (bundleDependencies), so `npx ./dist-packs/llmd-cli-<version>.tgz ...` works in any folder; their own
// dependencies come from the npm registry.
//
// Packing happens in a staging copy, so the working tree's package.json files are never rewritten.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = '@llmd/cli';
const ENTRY_POINTS = ['main', 'module', 'types', 'browser', 'exports'];
// Not incremental: its build info may claim declarations are current after another tool replaced dist-types/.
const TSC = ['tsc', '--incremental', 'false'];

const USAGE = `Usage: node scripts/packPublishable.mjs [--only NAME,...] [--out DIR] [--no-build] [--no-tsc]
  --only NAME,...  pack these packages (and the @llmd/* packages they depend on); default: every publishable one
  --out DIR        where the tarballs go (default dist-packs/)
  --no-build       pack the existing dist/ outputs
  --no-tsc         build without running tsc first when dist-types/ has the declarations (npm test ran tsc)`;

function parseArgs(argv) {
  const options = { out: join(repoRoot, 'dist-packs'), build: true, tsc: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only') options.only = argv[++i]?.split(',');
    else if (arg === '--out') options.out = resolve(argv[++i] ?? '');
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--no-tsc') options.tsc = false;
    else {
      console.error(
        `${arg === '--help' ? '' : `unknown option ${arg}\n`}${USAGE}`,
      );
      process.exit(arg === '--help' ? 0 : 2);
    }
  }
  return options;
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The non-private workspace packages by name: { name, dir, pkg }. */
function publishablePackages() {
  const found = new Map();
  for (const group of ['packages', 'plugins']) {
    for (const entry of readdirSync(join(repoRoot, group))) {
      const dir = join(repoRoot, group, entry);
      if (!existsSync(join(dir, 'package.json'))) continue;
      const pkg = readJson(join(dir, 'package.json'));
      if (!pkg.private) found.set(pkg.name, { name: pkg.name, dir, pkg });
    }
  }
  return found;
}

/** The workspace packages `name` depends on, transitively, dependencies first. */
function withWorkspaceDeps(names, all) {
  const ordered = [];
  const visit = name => {
    if (ordered.includes(name)) return;
    const item = all.get(name);
    if (!item)
      throw new Error(`${name} is not a publishable workspace package`);
    for (const dep of Object.keys(item.pkg.dependencies ?? {})) {
      if (all.has(dep)) visit(dep);
    }
    ordered.push(name);
  };
  names.forEach(visit);
  return ordered;
}

function run(cwd, command, args) {
  execFileSync(command, args, { cwd, stdio: 'inherit' });
}

/** `./src/x.ts` of an export subpath → its built files, named as Backstage's build names them (`.` → index). */
function builtExport(dir, subpath) {
  const base = subpath === '.' ? 'index' : subpath.slice(2);
  const file = ext =>
    existsSync(join(dir, 'dist', `${base}${ext}`))
      ? `./dist/${base}${ext}`
      : undefined;
  const [cjs, esm, types] = [file('.cjs.js'), file('.esm.js'), file('.d.ts')];
  return Object.fromEntries(
    Object.entries({
      types,
      require: cjs,
      import: esm,
      default: cjs ?? esm,
    }).filter(([, v]) => v),
  );
}

/** `exports` and `typesVersions` pointing at dist/ instead of src/, as Backstage's prepack rewrites them. */
function publishedExports(manifest, dir) {
  if (!manifest.exports) return;
  const typesVersions = {};
  manifest.exports = Object.fromEntries(
    Object.entries(manifest.exports).map(([subpath, target]) => {
      if (typeof target !== 'string' || !target.startsWith('./src/'))
        return [subpath, target];
      const built = builtExport(dir, subpath);
      if (subpath !== '.' && built.types)
        typesVersions[subpath.slice(2)] = [built.types.slice(2)];
      return [subpath, built];
    }),
  );
  if (manifest.typesVersions) manifest.typesVersions = { '*': typesVersions };
}

/** package.json as published: the publishConfig entry points replace the in-repo ones (src/index.ts). */
function publishedManifest(pkg, dir) {
  const manifest = { ...pkg };
  publishedExports(manifest, dir);
  const publishConfig = { ...(pkg.publishConfig ?? {}) };
  for (const key of ENTRY_POINTS.filter(k => k !== 'exports')) {
    if (key in publishConfig) {
      manifest[key] = publishConfig[key];
      delete publishConfig[key];
    }
  }
  // an entry point left in src/ (TypeScript run in the repository) is not in the tarball
  for (const key of ENTRY_POINTS.filter(k => k !== 'exports')) {
    if (String(manifest[key] ?? '').startsWith('src/')) delete manifest[key];
  }
  if (Object.keys(publishConfig).length) manifest.publishConfig = publishConfig;
  else delete manifest.publishConfig;
  return manifest;
}

/** Copies what npm would pack (package.json, `files`, README, LICENSE) into `target`. */
function stage(item, target) {
  mkdirSync(target, { recursive: true });
  for (const entry of [...(item.pkg.files ?? []), 'README.md', 'LICENSE']) {
    const from = join(item.dir, entry);
    if (existsSync(from))
      cpSync(from, join(target, entry), { recursive: true });
  }
  const manifest = publishedManifest(item.pkg, item.dir);
  writeFileSync(
    join(target, 'package.json'),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  return manifest;
}

/**
 * The CLI with its @llmd/* libraries in node_modules/ (bundleDependencies); their registry dependencies become the
 * CLI's own, so npm installs them where the bundled copies find them.
 */
function stageBundledCli(item, all, target) {
  const manifest = stage(item, target);
  const bundled = withWorkspaceDeps([CLI], all).filter(n => n !== CLI);
  const dependencies = {};
  for (const name of bundled) {
    const lib = stage(all.get(name), join(target, 'node_modules', name));
    for (const [dep, range] of Object.entries(lib.dependencies ?? {})) {
      if (!all.has(dep)) dependencies[dep] ??= range;
    }
  }
  Object.assign(dependencies, manifest.dependencies);
  manifest.dependencies = dependencies;
  manifest.bundleDependencies = bundled;
  writeFileSync(
    join(target, 'package.json'),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const all = publishablePackages();
  const names = withWorkspaceDeps(options.only ?? [...all.keys()].sort(), all);
  if (options.build) {
    // the library builds bundle their declarations from dist-types/, which tsc writes
    const missing = names.filter(name => {
      const relative = all.get(name).dir.slice(repoRoot.length + 1);
      return !existsSync(
        join(repoRoot, 'dist-types', relative, 'src', 'index.d.ts'),
      );
    });
    if (options.tsc) {
      console.log('[pack] tsc (declarations for the library builds)');
      run(repoRoot, 'npx', TSC);
    } else if (missing.length) {
      // --no-tsc leaves type errors to the caller (npm test runs tsc itself): only the declarations are needed
      console.log(
        `[pack] tsc for the missing declarations of ${missing.join(', ')}`,
      );
      spawnSync('npx', TSC, { cwd: repoRoot, stdio: 'inherit' });
    }
    for (const name of names) {
      console.log(`[pack] building ${name}`);
      run(all.get(name).dir, 'npx', ['backstage-cli', 'package', 'build']);
    }
  }
  mkdirSync(options.out, { recursive: true });
  const staging = mkdtempSync(join(tmpdir(), 'llmd-pack-'));
  try {
    for (const name of names) {
      const item = all.get(name);
      const target = join(staging, name.replace('/', '+'));
      if (name === CLI) stageBundledCli(item, all, target);
      else stage(item, target);
      const packed = execFileSync(
        'npm',
        ['pack', '--silent', '--pack-destination', options.out],
        { cwd: target, encoding: 'utf8' },
      ).trim();
      console.log(`[pack] ${join(options.out, packed.split('\n').pop())}`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  // the failing command has printed its own output; one line here, no stack
  console.error(`[pack] failed: ${error.message.split('\n')[0]}`);
  process.exit(1);
}
