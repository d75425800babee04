/**
 * Backend-only shared services of the llm-d portal: the multi-cluster watch cache (LLMInferenceServices, their
 * configs, Gateways, referenced ConfigMaps and what the reachability evaluation reads), a one-shot reader of the
 * same for the CLI, and service account token minting.
 *
 * @packageDocumentation
 */

export type {
  AuxiliaryKind,
  CachedObject,
  ClusterCacheEvent,
  ClusterDefaults,
  ClusterHealth,
  KubeObject,
  LlmdClusterCache,
  MintedToken,
  WatchedKind,
} from './types';
export { AUXILIARY_KINDS } from './AuxiliaryReflectors';
export {
  llmdClusterCacheServiceFactory,
  llmdClusterCacheServiceRef,
} from './llmdClusterCacheServiceRef';
export {
  createLlmdClusterCache,
  type CreateLlmdClusterCacheOptions,
  type StoppableLlmdClusterCache,
} from './createLlmdClusterCache';
export {
  type ClusterAuthConfig,
  type ClusterCacheTuning,
  type ClusterProbeConfig,
  DEFAULT_CACHE_TUNING,
  DEFAULT_CLUSTER_PROBE_CONFIG,
  type LlmdClusterConfig,
} from './clusterConfig';
export {
  BUILT_IN_CLUSTER_DEFAULTS,
  DEFAULT_TOKEN_AUDIENCE,
  readClusterConfig,
} from './readClusterConfig';
export { readCacheTuning } from './readCacheTuning';
export { reachabilitySourceOf } from './reachabilitySourceOf';
export {
  type ReachabilitySnapshot,
  readReachabilitySnapshot,
  type ReadReachabilitySnapshotOptions,
} from './readReachabilitySnapshot';
export { eppConfigLookupFor } from './eppConfigLookupFor';
export { type KubeClient, kubeClientFor } from './kubeClientFor';
export {
  type ConfigMapRef,
  schedulerConfigMapRef,
} from './schedulerConfigMapRef';
export { readLlmdPolicyConfig } from './readLlmdPolicyConfig';
export { readTenantOwnersConfig } from './readTenantOwnersConfig';
export {
  DEFAULT_CATALOG_OWNER,
  readCatalogOwnerOptions,
} from './readCatalogOwnerOptions';
export {
  probeModelEndpoint,
  type ProbeModelEndpointOptions,
} from './probe/probeModelEndpoint';
export { modelsListUrl } from './probe/modelsListUrl';
export {
  type ClusterMetricsAuthConfig,
  type ClusterMetricsConfig,
  DEFAULT_CLUSTER_METRICS_SETTINGS,
} from './metrics/clusterMetricsConfig';
export { readClusterMetricsConfig } from './metrics/readClusterMetricsConfig';
export {
  PrometheusClient,
  type PrometheusReadOptions,
} from './metrics/PrometheusClient';
export { PrometheusRequestError } from './metrics/PrometheusRequestError';
