// Starts the cluster simulator as the dev portal's demo cluster, seeded from examples/gitops and then
// examples/demo-cluster (OpenShift AI's scheduler template, a model on its own scheduler image), and resolves with
// the connection it prints once listening ({ url, token, caData, podNetworkUrl }).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

const READY_TIMEOUT_MS = 60_000;

/**
 * @param {{ root: string, seedDir: string }} options
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, connection: { url: string, token: string, caData?: string, podNetworkUrl?: string } }>}
 */
export function startDemoCluster({ root, seedDir }) {
  const child = spawn(
    process.execPath,
    [
      join(root, 'packages', 'cluster-simulator', 'bin', 'cluster-simulator'),
      '--seed',
      seedDir,
      '--seed',
      join(root, 'examples', 'demo-cluster'),
      '--controller',
      '--ready-after-ms',
      '3000',
      '--tls',
      // Gateways get loopback listeners with a simulated vLLM behind their routes, so the models' URLs answer.
      '--data-plane',
      // A request per second to each Ready model, so the Serving metrics card (Prometheus, scripts/startPrometheus.mjs)
      // has numbers that move without anyone sending traffic.
      '--background-load',
      '1',
      // Like a real API server: the CRDs (the bundled catalog) with their schemas, which templates validate against.
      '--crd-schemas',
      // Only when asked (the browser tests inject faults through the Kubernetes API): the simulator's kubeconfig, mode
      // 0600. Plain `npm start` keeps the token out of every file.
      ...(process.env.LLMD_DEMO_KUBECONFIG
        ? ['--kubeconfig-out', process.env.LLMD_DEMO_KUBECONFIG]
        : []),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`no answer within ${READY_TIMEOUT_MS / 1000}s`));
    }, READY_TIMEOUT_MS);
    child.once('error', error => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`it exited with code ${code}`));
    });
    const lines = createInterface({ input: child.stdout });
    lines.once('line', line => {
      clearTimeout(timer);
      try {
        resolve({ child, connection: JSON.parse(line) });
      } catch {
        child.kill('SIGTERM');
        reject(new Error(`unexpected output: ${line}`));
      }
    });
  });
}

/**
 * The `llmd.clusters` entry of the demo cluster (passed to the backend as APP_CONFIG_llmd_clusters).
 * @param {{ url: string, token: string, caData?: string }} connection
 * @param {{ metricsUrl?: string }} [options] `metricsUrl`: the Prometheus scraping the demo pods (scripts/startPrometheus.mjs)
 */
export function demoClusterConfig(connection, { metricsUrl } = {}) {
  return [
    {
      name: 'demo',
      url: connection.url,
      auth: { serviceAccountToken: connection.token },
      ...(connection.caData ? { caData: connection.caData } : {}),
      // "Probe now" on the model page: the simulated gateways serve HTTPS with the simulator's own certificate
      probe: {
        enabled: true,
        ...(connection.caData ? { caData: connection.caData } : {}),
      },
      ...(metricsUrl
        ? { metrics: { type: 'prometheus', url: metricsUrl } }
        : {}),
    },
  ];
}
