import { ClusterSimulator } from './types';

/**
 * KubeConfig options for `KubeConfig.loadFromOptions` of `@kubernetes/client-node` (a plain object, so this
 * package does not depend on client-node at runtime).
 *
 * @public
 */
export interface SimulatorKubeConfigOptions {
  clusters: Array<{
    name: string;
    server: string;
    caData?: string;
    skipTLSVerify: boolean;
  }>;
  users: Array<{ name: string; token: string }>;
  contexts: Array<{
    name: string;
    cluster: string;
    user: string;
    namespace?: string;
  }>;
  currentContext: string;
}

/**
 * KubeConfig options that point at `sim` with a bearer token (the admin token by default). Over plain HTTP
 * `skipTLSVerify` is set, because client-node 1.x refuses `http:` servers otherwise; over TLS the simulator's
 * certificate is verified through `caData`.
 *
 * @example
 * ```ts
 * const kc = new KubeConfig();
 * kc.loadFromOptions(simulatorKubeConfig(sim));
 * const api = kc.makeApiClient(CustomObjectsApi);
 * ```
 * @public
 */
export function simulatorKubeConfig(
  sim: ClusterSimulator,
  token?: string,
): SimulatorKubeConfigOptions {
  return {
    // client-node refuses plain http unless skipTLSVerify is set; with TLS the certificate is verified.
    clusters: [
      {
        name: 'simulator',
        server: sim.url,
        caData: sim.caData,
        skipTLSVerify: !sim.caData,
      },
    ],
    users: [{ name: 'simulator-user', token: token ?? sim.adminToken }],
    contexts: [
      { name: 'simulator', cluster: 'simulator', user: 'simulator-user' },
    ],
    currentContext: 'simulator',
  };
}

/**
 * A kubeconfig document (as `kubectl` reads from a file) pointing at `sim`.
 *
 * @public
 */
export function simulatorKubeconfigDocument(
  sim: ClusterSimulator,
  token?: string,
): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'simulator',
        cluster: {
          server: sim.url,
          ...(sim.caData
            ? { 'certificate-authority-data': sim.caData }
            : { 'insecure-skip-tls-verify': true }),
        },
      },
    ],
    users: [
      { name: 'simulator-user', user: { token: token ?? sim.adminToken } },
    ],
    contexts: [
      {
        name: 'simulator',
        context: { cluster: 'simulator', user: 'simulator-user' },
      },
    ],
    'current-context': 'simulator',
    preferences: {},
  };
}
