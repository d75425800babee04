// Derives a Yarn classic (v1) lockfile from this repository's npm package-lock.json.
//
// `rhdh-cli plugin export` assumes a Yarn monorepo: it copies the static plugin's yarn.lock into
// dist-dynamic/ and runs `yarn install --production` there to fill the dynamic plugin's private
// node_modules. This repository uses npm workspaces, so scripts/exportDynamicPlugins.mjs writes a
// temporary lockfile made from package-lock.json instead, which pins the private dependencies of
// the exported plugins to the very versions the repository is built and tested with. Yarn then
// prunes the entries the dynamic plugin does not need.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The node_modules locations Node.js would try, nearest first, for `dep` required from the
 * package-lock.json location `from` ("" is the root, "plugins/x" a workspace,
 * "node_modules/a/node_modules/b" an installed package).
 */
function candidateLocations(from, dep) {
  const candidates = [];
  let current = from;
  for (;;) {
    candidates.push(
      current ? `${current}/node_modules/${dep}` : `node_modules/${dep}`,
    );
    if (!current) return candidates;
    const nested = current.lastIndexOf('/node_modules/');
    current = nested >= 0 ? current.slice(0, nested) : '';
  }
}

/**
 * The yarn.lock entry of the package installed at `location`, or undefined for one that does not
 * come from a registry (git, file or tarball dependencies are left for Yarn to resolve).
 */
function lockEntry(location, target, registryUrl) {
  // package-lock.json written with `omit-lockfile-registry-resolved` (as this repository's is)
  // has no `resolved` for registry packages: they come from the configured registry.
  const name =
    target.name ?? location.slice(location.lastIndexOf('node_modules/') + 13);
  const resolved =
    target.resolved ??
    `${registryUrl}${name}/-/${name.replace(/^@[^/]+\//, '')}-${
      target.version
    }.tgz`;
  if (!/^https?:/.test(resolved)) return undefined;
  const entry = { version: target.version, resolved };
  if (target.integrity) entry.integrity = target.integrity;
  if (target.dependencies && Object.keys(target.dependencies).length) {
    entry.dependencies = target.dependencies;
  }
  if (
    target.optionalDependencies &&
    Object.keys(target.optionalDependencies).length
  ) {
    entry.optionalDependencies = target.optionalDependencies;
  }
  return entry;
}

/**
 * The Yarn v1 lockfile object (pattern -> entry) for the registry packages of a lockfileVersion 2/3
 * package-lock.json. Workspace links are left out: the workspace packages the export needs are
 * embedded, not installed.
 */
export function yarnLockEntries(
  packageLock,
  registry = 'https://registry.npmjs.org/',
) {
  const registryUrl = registry.endsWith('/') ? registry : `${registry}/`;
  const packages = packageLock.packages;
  if (!packages || typeof packages !== 'object') {
    throw new Error(
      'package-lock.json has no "packages" map (lockfileVersion 2 or 3 is required)',
    );
  }
  const entries = {};
  // One entry object per installed copy: the lockfile writer lists all the patterns it satisfies
  // on one line, as Yarn does.
  const entryOf = new Map();
  // Dependents nearer the root first, so a pattern requested from several places maps to the
  // hoisted copy rather than a nested duplicate.
  const locations = Object.keys(packages).sort(
    (a, b) =>
      a.split('/node_modules/').length - b.split('/node_modules/').length,
  );
  for (const from of locations) {
    const pkg = packages[from];
    if (pkg.link) continue;
    const wanted = { ...pkg.optionalDependencies, ...pkg.dependencies };
    for (const [dep, range] of Object.entries(wanted)) {
      const pattern = `${dep}@${range}`;
      if (entries[pattern]) continue;
      const location = candidateLocations(from, dep).find(l => packages[l]);
      const target = location && packages[location];
      if (!target || target.link || !target.version) continue;
      if (!entryOf.has(location)) {
        entryOf.set(location, lockEntry(location, target, registryUrl));
      }
      const entry = entryOf.get(location);
      if (!entry) continue;
      entries[pattern] = entry;
    }
  }
  return entries;
}

/**
 * The text of a Yarn v1 yarn.lock for the package-lock.json at `packageLockPath`; `registry` is the
 * npm registry the packages without a recorded `resolved` URL come from.
 */
export function yarnLockFromPackageLock(packageLockPath, registry) {
  const packageLock = JSON.parse(readFileSync(packageLockPath, 'utf8'));
  // @yarnpkg/lockfile is a dependency of @red-hat-developer-hub/cli (which parses yarn.lock files
  // with it); resolve it from there rather than relying on hoisting.
  const require = createRequire(
    createRequire(import.meta.url).resolve(
      '@red-hat-developer-hub/cli/package.json',
    ),
  );
  const lockfile = require('@yarnpkg/lockfile');
  return lockfile.stringify(yarnLockEntries(packageLock, registry));
}
