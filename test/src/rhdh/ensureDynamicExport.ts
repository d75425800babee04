import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@internal/test-support';
import { acquirePidLock } from '../pidLock';

/** The four exported plugins, folders under the repository root. */
const EXPORTED_PLUGINS = [
  'plugins/llmd',
  'plugins/llmd-backend',
  'plugins/scaffolder-backend-module-llmd',
  'plugins/catalog-backend-module-llmd',
];

/** Everything the export reads: the plugins, the libraries they embed, the scripts and the lockfile. */
const EXPORT_INPUTS = [
  ...EXPORTED_PLUGINS,
  'plugins/llmd-common',
  'plugins/llmd-node',
  'packages/crd-validator',
  'scripts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** The outcome of `npm run export:dynamic`, fresh or from an earlier run on the same inputs. */
export interface DynamicExport {
  status: number | null;
  stderr: string;
  /** The hash of the export's inputs the outputs were built from. */
  inputsHash: string;
  reused: boolean;
}

const cacheDir = join(
  repoRoot,
  'node_modules',
  '.cache',
  'llmd-export-dynamic',
);
const stampFile = join(cacheDir, 'stamp.json');
const lockFile = join(cacheDir, 'lock');

/** A hash of the export's input files (tracked or not, but not git-ignored: no dist/, dist-dynamic/). */
function exportInputsHash(): string {
  const files = spawnSync(
    'git',
    ['ls-files', '-z', '-co', '--exclude-standard', '--', ...EXPORT_INPUTS],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  // Outside a git work tree nothing can be compared: always export.
  if (files.status !== 0) return `unhashed-${Date.now()}`;
  const hash = createHash('sha256');
  for (const file of files.stdout.split('\0').filter(Boolean).sort()) {
    const path = join(repoRoot, file);
    // A file deleted in the work tree is still listed by -c.
    if (!existsSync(path)) continue;
    hash.update(file).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

function readStamp(): DynamicExport | undefined {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function outputsPresent(): boolean {
  return EXPORTED_PLUGINS.every(dir =>
    existsSync(join(repoRoot, dir, 'dist-dynamic', 'package.json')),
  );
}

/** Longest wait for another worker's export (it takes up to ~8 min on a loaded 2-core machine). */
const EXPORT_LOCK_WAIT_MS = 900_000;

function runExport(): Promise<{ status: number | null; stderr: string }> {
  return new Promise(done => {
    const child = spawn('npm', ['run', '--silent', 'export:dynamic'], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', d => (stderr += d));
    child.on('close', status => done({ status, stderr }));
  });
}

function flag(name: string): boolean {
  return /^(1|true)$/i.test(process.env[name] ?? '');
}

/**
 * Runs `npm run export:dynamic` once for all the RHDH tests: the first caller exports (the others wait on a
 * lock), and the outputs are reused while the hash of the export's inputs is unchanged and they are all there
 * (`LLMD_EXPORT_FRESH=1` forces a new export; `LLMD_EXPORT_REUSE=1` reuses the last successful one even if the
 * inputs changed, for working on the tests themselves). A fresh clone has no stamp, so it always exports.
 */
export async function ensureDynamicExport(): Promise<DynamicExport> {
  mkdirSync(cacheDir, { recursive: true });
  const release = await acquirePidLock(lockFile, EXPORT_LOCK_WAIT_MS);
  try {
    const inputsHash = exportInputsHash();
    const stamp = readStamp();
    if (
      !flag('LLMD_EXPORT_FRESH') &&
      (stamp?.inputsHash === inputsHash || flag('LLMD_EXPORT_REUSE')) &&
      stamp?.status === 0 &&
      outputsPresent()
    ) {
      return { ...stamp, reused: true };
    }
    rmSync(stampFile, { force: true });
    const { status, stderr } = await runExport();
    const result = { status, stderr: stderr.slice(-20_000), inputsHash };
    writeFileSync(stampFile, JSON.stringify(result));
    return { ...result, reused: false };
  } finally {
    release();
  }
}

/** Throws with the export's output when it failed. */
export function assertExported(result: DynamicExport): void {
  if (result.status !== 0) {
    throw new Error(
      `export:dynamic failed (${result.status}):\n${result.stderr.slice(
        -6000,
      )}`,
    );
  }
}
