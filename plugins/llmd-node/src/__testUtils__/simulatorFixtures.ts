import type { ClusterSimulator } from '@llmd/cluster-simulator';
import type { LlmdClusterConfig } from '../clusterConfig';
import { BUILT_IN_CLUSTER_DEFAULTS } from '../readClusterConfig';
import type { ClusterDefaults, LlmdClusterCache, WatchedKind } from '../types';

/** Tuning that makes recovery fast enough for tests. */
export const FAST_TUNING = {
  backoffInitialMs: 20,
  backoffMaxMs: 200,
  requestTimeoutMs: 2000,
};

/** The cache's config of a simulator (token auth with its admin token). */
export function clusterFor(
  sim: ClusterSimulator,
  name: string,
  defaults: Partial<ClusterDefaults> = {},
): LlmdClusterConfig {
  return {
    name,
    url: sim.url,
    auth: { type: 'serviceAccountToken', token: sim.adminToken },
    caData: sim.caData,
    skipTLSVerify: sim.url.startsWith('http:'),
    defaults: { ...BUILT_IN_CLUSTER_DEFAULTS, ...defaults },
  };
}

/** A minimal valid LLMInferenceService. */
export function llmisvc(
  namespace: string,
  name: string,
  options: {
    apiVersion?: string;
    spec?: object;
    labels?: Record<string, string>;
  } = {},
) {
  return {
    apiVersion: options.apiVersion ?? 'serving.kserve.io/v1alpha1',
    kind: 'LLMInferenceService',
    metadata: { namespace, name, labels: options.labels },
    spec: { model: { uri: `hf://example/${name}` }, ...options.spec },
  };
}

/** A minimal Gateway. */
export function gateway(namespace: string, name: string) {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { namespace, name },
    spec: {
      gatewayClassName: 'openshift-default',
      listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }],
    },
  };
}

/** A ConfigMap. */
export function configMap(
  namespace: string,
  name: string,
  data: Record<string, string>,
) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { namespace, name },
    data,
  };
}

type BaseKind = 'LLMInferenceService' | 'LLMInferenceServiceConfig' | 'Gateway';

const API_VERSIONS: Record<BaseKind, (v: string) => string> = {
  LLMInferenceService: v => `serving.kserve.io/${v}`,
  LLMInferenceServiceConfig: v => `serving.kserve.io/${v}`,
  Gateway: () => 'gateway.networking.k8s.io/v1',
};

/** `namespace/name@resourceVersion` of every object of a kind in the simulator. */
export function simState(
  sim: ClusterSimulator,
  kind: BaseKind,
  llmisvcVersion = 'v1alpha1',
): string[] {
  return (sim.list(API_VERSIONS[kind](llmisvcVersion), kind) as any[])
    .map(
      o =>
        `${o.metadata.namespace}/${o.metadata.name}@${o.metadata.resourceVersion}`,
    )
    .sort();
}

/** The same for the cache's view of one cluster. */
export function cacheState(
  cache: LlmdClusterCache,
  cluster: string,
  kind: WatchedKind,
): string[] {
  return cache
    .list(kind, { cluster })
    .map(
      ({ object: o }) =>
        `${o.metadata.namespace}/${o.metadata.name}@${o.metadata.resourceVersion}`,
    )
    .sort();
}

/** Whether the cache holds exactly the simulator's objects of every base kind. */
export function inSync(
  cache: LlmdClusterCache,
  cluster: string,
  sim: ClusterSimulator,
  llmisvcVersion = 'v1alpha1',
): boolean {
  return (
    ['LLMInferenceService', 'LLMInferenceServiceConfig', 'Gateway'] as const
  ).every(
    kind =>
      JSON.stringify(cacheState(cache, cluster, kind)) ===
      JSON.stringify(simState(sim, kind, llmisvcVersion)),
  );
}
