import { ChildProcess, spawn } from 'node:child_process';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { eventually, freePort } from '@internal/test-support';

/** A backend started as its own process, the way `npm start` runs it. */
export interface BackendProcess {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `packages/backend` with `backstage-cli package start` on a free
 * port, with extra config passed as APP_CONFIG_* variables, and waits for
 * readiness.
 */
export async function startBackendProcess(
  env: Record<string, string> = {},
  timeoutMs = 120_000,
): Promise<BackendProcess> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [require.resolve('@backstage/cli/bin/backstage-cli'), 'package', 'start'],
    {
      cwd: resolvePackagePath('backend'),
      detached: true,
      env: {
        ...process.env,
        // Jest sets NODE_ENV=test; the portal runs in development mode.
        NODE_ENV: 'development',
        ...env,
        APP_CONFIG_backend_baseUrl: baseUrl,
        APP_CONFIG_backend_listen_port: String(port),
      },
    },
  );
  let output = '';
  child.stdout?.on('data', d => (output += d));
  child.stderr?.on('data', d => (output += d));

  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise(r => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };

  try {
    await waitUntilReady(baseUrl, child, timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}:\n${output}`);
  }
  return { baseUrl, output: () => output, stop };
}

async function waitUntilReady(
  baseUrl: string,
  child: ChildProcess,
  timeoutMs: number,
) {
  await eventually(
    'the backend to be ready',
    async () => {
      if (child.exitCode !== null) {
        throw new Error(`backend exited with code ${child.exitCode}`);
      }
      return fetch(`${baseUrl}/.backstage/health/v1/readiness`)
        .then(res => res.ok)
        .catch(() => false);
    },
    { timeoutMs, intervalMs: 500 },
  );
}
