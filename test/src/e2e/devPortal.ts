import { eventually, repoRoot } from '@internal/test-support';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { acquirePidLock } from '../pidLock';

/** Screenshots land here (git-ignored). */
export const artifactsDir = join(repoRoot, 'test', 'e2e', 'artifacts');

/**
 * The demo cluster's kubeconfig while a portal runs (mode 0600, removed on stop), for tests that change the cluster
 * through the Kubernetes API (`LLMD_DEMO_KUBECONFIG`, scripts/startDemoCluster.mjs).
 */
export const demoKubeconfigPath = join(artifactsDir, 'demo.kubeconfig');

export const FRONTEND_URL = 'http://localhost:3000';
export const BACKEND_URL = 'http://localhost:7007';

function portInUse(port: number): Promise<boolean> {
  return new Promise(done => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Waits (bounded) until `check` holds; fails at once when `npm start` has exited. */
function waitFor(
  what: string,
  check: () => Promise<boolean>,
  child: ChildProcess,
  timeoutMs: number,
) {
  return eventually(
    what,
    () => {
      if (child.exitCode !== null) {
        throw new Error(`npm start exited (${child.exitCode}) before ${what}`);
      }
      return check().catch(() => false);
    },
    { timeoutMs, intervalMs: 1000 },
  );
}

/** Fails when another portal keeps port 3000 or 7007 (a previous file's portal gets 30 s to let go). */
async function waitForFreePorts() {
  for (const port of [3000, 7007]) {
    await eventually(
      `port ${port} to be free`,
      async () => !(await portInUse(port)),
      { timeoutMs: 30_000, intervalMs: 500 },
    ).catch(() => {
      throw new Error(
        `port ${port} is already in use: stop the running portal before the browser tests`,
      );
    });
  }
}

/** Whether any process of the group is left. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGTERM to the child's process group; SIGKILL to whatever of the group is left after 10 s — npm exits at once, but
 * a dev backend the watcher had just restarted may outlive it and keep port 7007. Resolves when the group is gone.
 */
async function stopProcessGroup(child: ChildProcess) {
  const pgid = child.pid!;
  const exited = new Promise(r => child.once('exit', r));
  process.kill(-pgid, 'SIGTERM');
  await eventually('the dev portal to stop', async () => !groupAlive(pgid), {
    timeoutMs: 10_000,
    intervalMs: 250,
  }).catch(() => {
    if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
  });
  if (child.exitCode === null) await exited;
}

/** A running `npm start` (frontend :3000 + backend :7007). */
export interface DevPortal {
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the dev portal exactly as the README's start command does
 * (`npm start`) and waits until both servers answer. Output goes to a log
 * file under the artifacts directory. Browser test files take turns: each
 * waits (up to `lockWaitMs`) until the previous one has stopped its portal.
 */
export async function startDevPortal(
  timeoutMs = 300_000,
  lockWaitMs = 1_200_000,
): Promise<DevPortal> {
  mkdirSync(artifactsDir, { recursive: true });
  const release = await acquirePidLock(
    join(artifactsDir, 'dev-portal.lock'),
    lockWaitMs,
  );
  await waitForFreePorts().catch(error => {
    release();
    throw error;
  });
  const logFile = join(artifactsDir, 'dev-portal.log');
  const log = createWriteStream(logFile);
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    detached: true, // own process group, so stop() ends the whole tree
    env: {
      ...process.env,
      BROWSER: 'none',
      NODE_ENV: 'development',
      LLMD_DEMO_KUBECONFIG: demoKubeconfigPath,
    },
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      await stopProcessGroup(child);
      log.end();
    }
    rmSync(demoKubeconfigPath, { force: true });
    release();
  };

  try {
    await waitFor(
      'backend readiness on :7007',
      async () =>
        (
          await fetch(`${BACKEND_URL}/.backstage/health/v1/readiness`)
        ).ok,
      child,
      timeoutMs,
    );
    await waitFor(
      'frontend HTML on :3000',
      async () => {
        const res = await fetch(FRONTEND_URL);
        return res.ok && (await res.text()).includes('<div id="root">');
      },
      child,
      timeoutMs,
    );
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; see ${logFile}`);
  }
  return { logFile, stop };
}

/** A Backstage token of the guest user, as the app gets it after "Guest → Enter". */
export async function guestToken(): Promise<string> {
  const refresh = await fetch(`${BACKEND_URL}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  return (await refresh.json()).backstageIdentity.token;
}

/** GETs a backend path as the guest and returns the parsed JSON, failing on any status but 200. */
export async function backendGet(path: string, token: string): Promise<any> {
  const res = await fetch(`${BACKEND_URL}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) {
    throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  }
  return res.json();
}

/** Files of a branch of the dev portal's local GitOps repository (`.llmd-data/gitops.git`). */
export function gitopsBranchFiles(branch: string): string {
  return execFileSync(
    'git',
    [
      '--git-dir',
      join(repoRoot, '.llmd-data', 'gitops.git'),
      'ls-tree',
      '-r',
      '--name-only',
      branch,
    ],
    { encoding: 'utf8' },
  );
}
