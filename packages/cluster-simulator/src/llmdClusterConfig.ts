import type { ClusterSimulator } from './types';

/** One `llmd.clusters[]` entry of app-config. */
export type LlmdClusterConfigEntry = {
  name: string;
  url: string;
  auth: { serviceAccountToken: string };
  caData?: string;
  skipTLSVerify?: boolean;
};

/**
 * The `llmd.clusters[]` entry that points the llm-d cluster cache at a running simulator with its admin token (and
 * its CA when it serves TLS; plain http needs `skipTLSVerify`).
 */
export function llmdClusterConfig(
  sim: Pick<ClusterSimulator, 'url' | 'adminToken' | 'caData'>,
  name = 'demo',
): LlmdClusterConfigEntry {
  return {
    name,
    url: sim.url,
    auth: { serviceAccountToken: sim.adminToken },
    // The cache insists that plain http is said out loud.
    ...(sim.caData ? { caData: sim.caData } : { skipTLSVerify: true }),
  };
}
