import type { LlmdClusterCache, WatchedKind } from '@llmd/plugin-llmd-node';
import { listKey, objectKey } from './fleetKeys';

/**
 * Kinds whose reads are not recorded: any change of them re-evaluates every entry of the cluster (they are few
 * and rarely change: CRDs appear on installs, GatewayClasses with the platform).
 */
export const COARSE_KINDS: ReadonlySet<WatchedKind> = new Set<WatchedKind>([
  'CustomResourceDefinition',
  'GatewayClass',
]);

/**
 * The cache seen through a recorder: every `get` and `list` an evaluation makes adds its key to `reads`, so the
 * fleet view knows exactly which objects a model's summary depends on (its Gateways, ConfigMaps, HTTPRoutes,
 * InferencePool, AuthPolicies, Namespace, …) without restating what each derivation reads. `access` is not
 * recorded: it changes with the cluster's health, which re-evaluates the whole cluster.
 */
export function recordingCache(
  cache: LlmdClusterCache,
  reads: Set<string>,
): LlmdClusterCache {
  return {
    listClusters: () => cache.listClusters(),
    getCluster: name => cache.getCluster(name),
    list: (kind, filter = {}) => {
      if (filter.cluster !== undefined && !COARSE_KINDS.has(kind)) {
        reads.add(listKey(filter.cluster, kind, filter.namespace));
      }
      return cache.list(kind, filter);
    },
    access: (cluster, kind) => cache.access(cluster, kind),
    get: (cluster, kind, namespace, name) => {
      if (!COARSE_KINDS.has(kind)) {
        reads.add(objectKey(cluster, kind, namespace, name));
      }
      return cache.get(cluster, kind, namespace, name);
    },
    subscribe: listener => cache.subscribe(listener),
    waitForInitialSync: timeoutMs => cache.waitForInitialSync(timeoutMs),
    listCustomResourceDefinitions: (cluster, groups) =>
      cache.listCustomResourceDefinitions(cluster, groups),
    readServiceAccount: (cluster, namespace, name) =>
      cache.readServiceAccount(cluster, namespace, name),
    createServiceAccountToken: request =>
      cache.createServiceAccountToken(request),
  };
}
