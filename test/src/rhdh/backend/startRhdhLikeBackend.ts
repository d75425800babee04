import { ChildProcess, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { eventually, repoRoot, freePort } from '@internal/test-support';
import {
  llmdClusterConfig,
  type ClusterSimulator,
} from '@llmd/cluster-simulator';
import {
  createDynamicPluginsRoot,
  dynamicPluginEntries,
} from './dynamicPluginsRoot';

/** The RHDH-like backend process (rhdhLikeBackend.ts) and the dynamic plugins it loaded. */
export interface RhdhLikeBackend {
  baseUrl: string;
  /** The dynamic-plugins-root it loaded the plugins from. */
  root: string;
  /** The guest's Backstage token, for API calls as a signed-in user. */
  token: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The app-config files in the order RHDH loads them: the application's own settings, then (as its
 * install-dynamic-plugins step writes app-config.dynamic-plugins.yaml) `dynamicPlugins.rootDirectory` and
 * every enabled plugin's `pluginConfig` from docs/examples/dynamic-plugins.yaml, then the site's overrides —
 * here the simulated cluster in place of the example's in-cluster one, and a GitHub integration.
 */
function writeConfigs(root: string, port: number, sim: ClusterSimulator) {
  const dir = dirname(root);
  const files = {
    base: {
      // RHDH serves its app from the backend, so both share one origin.
      app: { baseUrl: `http://127.0.0.1:${port}` },
      backend: {
        baseUrl: `http://127.0.0.1:${port}`,
        listen: { port, host: '127.0.0.1' },
        database: { client: 'better-sqlite3', connection: ':memory:' },
      },
      auth: {
        environment: 'development',
        providers: { guest: { userEntityRef: 'user:default/guest' } },
      },
      permission: { enabled: true },
      catalog: {
        rules: [
          { allow: ['Component', 'API', 'Resource', 'System', 'Location'] },
        ],
      },
    },
    dynamic: [
      { dynamicPlugins: { rootDirectory: root } },
      ...dynamicPluginEntries().map(entry => entry.pluginConfig ?? {}),
    ],
    site: {
      llmd: { clusters: [llmdClusterConfig(sim)] },
      // The example publishes to GitHub; a site configures its integration (a dry run sends nothing).
      integrations: { github: [{ host: 'github.com', token: 'test-token' }] },
    },
  };
  const paths: string[] = [];
  const write = (name: string, content: object) => {
    const path = join(dir, name);
    writeFileSync(path, stringify(content));
    paths.push(path);
  };
  write('app-config.yaml', files.base);
  files.dynamic.forEach((content, i) =>
    write(`app-config.dynamic-plugins.${i}.yaml`, content),
  );
  write('app-config.local.yaml', files.site);
  return paths;
}

async function signInAsGuest(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!res.ok)
    throw new Error(`guest sign-in: ${res.status} ${await res.text()}`);
  return (await res.json()).backstageIdentity.token;
}

/**
 * Exports must exist (ensureDynamicExport). Installs them into a fresh dynamic-plugins-root, starts the
 * RHDH-like backend on a free loopback port against the simulator, waits for readiness and signs in as guest.
 */
export async function startRhdhLikeBackend(
  sim: ClusterSimulator,
): Promise<RhdhLikeBackend> {
  const root = createDynamicPluginsRoot();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const configArgs = writeConfigs(root, port, sim).flatMap(p => [
    '--config',
    p,
  ]);
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      join(repoRoot, 'test/src/rhdh/backend/rhdhLikeBackend.ts'),
      ...configArgs,
    ],
    {
      cwd: join(repoRoot, 'test'),
      detached: true,
      // Jest sets NODE_ENV=test; RHDH's guest sign-in needs development mode.
      env: { ...process.env, NODE_ENV: 'development' },
    },
  );
  let output = '';
  child.stdout?.on('data', d => (output += d));
  child.stderr?.on('data', d => (output += d));
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise(r => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dirname(root), { recursive: true, force: true });
  };
  try {
    await eventually(
      'the RHDH-like backend is ready',
      async () => {
        if (child.exitCode !== null) {
          throw new Error(`exited with ${child.exitCode}`);
        }
        const res = await fetch(
          `${baseUrl}/.backstage/health/v1/readiness`,
        ).catch(() => undefined);
        return res?.ok;
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    const token = await signInAsGuest(baseUrl);
    return { baseUrl, root, token, output: () => output, stop };
  } catch (error) {
    await stop();
    // The readiness polls would fill the tail of the log.
    const log = output
      .split('\n')
      .filter(line => !line.includes('/.backstage/health/'))
      .join('\n');
    throw new Error(`${(error as Error).message}\n${log.slice(-12000)}`);
  }
}
