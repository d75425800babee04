// `npm start`: prepares the embedded defaults (local GitOps remote under
// .llmd-data/, the simulated demo cluster seeded from examples/gitops, a
// Prometheus scraping its pods when one can be had) and starts the frontend
// (:3000) and backend (:7007) together.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePrometheus } from './ensurePrometheus.mjs';
import { seedGitopsRemote } from './seedGitopsRemote.mjs';
import { demoClusterConfig, startDemoCluster } from './startDemoCluster.mjs';
import { PROMETHEUS_BINARY, runPrometheus } from './startPrometheus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const remoteDir = join(root, '.llmd-data', 'gitops.git');

try {
  const created = seedGitopsRemote({
    exampleDir: join(root, 'examples', 'gitops'),
    remoteDir,
  });
  console.log(
    created
      ? `[llmd] seeded local GitOps remote ${remoteDir} from examples/gitops`
      : `[llmd] using local GitOps remote ${remoteDir}`,
  );
} catch (error) {
  // One clear line instead of a stack trace: the portal needs git for its remote.
  const detail = error.stderr?.toString().trim() || error.message;
  console.error(`[llmd] could not create the local GitOps remote: ${detail}`);
  console.error('[llmd] is git installed? Delete .llmd-data/ to start over.');
  process.exit(1);
}

let demo;
try {
  demo = await startDemoCluster({
    root,
    seedDir: join(root, 'examples', 'gitops'),
  });
  console.log(
    `[llmd] demo cluster "demo" (simulated) at ${demo.connection.url}`,
  );
} catch (error) {
  console.error(`[llmd] could not start the demo cluster: ${error.message}`);
  process.exit(1);
}

// Serving metrics of the demo pods: a real Prometheus scraping the simulator's pod network. Optional: without it the
// portal starts all the same and the model page's metrics card says metrics are not configured.
const prometheus = await startDemoPrometheus(demo.connection);

// The token travels in the environment only: never on a command line or in a file.
const env = {
  ...process.env,
  APP_CONFIG_llmd_clusters: JSON.stringify(
    demoClusterConfig(demo.connection, { metricsUrl: prometheus?.url }),
  ),
  // Absolute, so templates push to the same remote whatever the backend's working directory.
  APP_CONFIG_llmd_gitops_repoUrl: remoteDir,
};
// Templates validate against the demo cluster's CRDs, then the catalog bundled with @llmd/crd-validator; configure
// llmd.gitops.validation.crdDirectories to put other CRD files first.
// Run backstage-cli directly (not through npx), so a signal to this script reaches it.
const child = spawn(
  process.execPath,
  [
    join(root, 'node_modules', '@backstage', 'cli', 'bin', 'backstage-cli'),
    'repo',
    'start',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
    demo.child.kill('SIGTERM');
    prometheus?.stop();
  });
}
child.on('exit', async (code, signal) => {
  demo.child.kill('SIGTERM');
  await prometheus?.stop();
  process.exit(code ?? (signal ? 1 : 0));
});

/**
 * Installs (as root, on first use) and starts Prometheus on 127.0.0.1 with its data under .llmd-data/prometheus,
 * scraping the demo cluster's pods every 5 s. Resolves with undefined, after one clear line, when it cannot.
 */
async function startDemoPrometheus(connection) {
  if (!connection.podNetworkUrl) {
    console.log(
      '[llmd] serving metrics off: the demo cluster serves no pod metrics (no podNetworkUrl)',
    );
    return undefined;
  }
  if (!existsSync(PROMETHEUS_BINARY) && process.getuid?.() === 0) {
    console.log(
      "[llmd] installing Debian's prometheus package for the serving metrics",
    );
  }
  const binary = ensurePrometheus({ quiet: true });
  if (!binary.ok) {
    console.error(`[llmd] serving metrics off: ${binary.message}`);
    return undefined;
  }
  try {
    const started = await runPrometheus({
      dir: join(root, '.llmd-data', 'prometheus'),
      httpSdUrl: `${connection.podNetworkUrl}/targets`,
      naming: 'raw',
      scrapeIntervalSeconds: 5,
      log: line => console.error(`[prometheus] ${line}`),
    });
    console.log(`[llmd] Prometheus for the demo cluster at ${started.url}`);
    return started;
  } catch (error) {
    console.error(
      `[llmd] serving metrics off: ${error.message.replace(/\n/g, '\n  ')}`,
    );
    return undefined;
  }
}
