/**
 * A Kubernetes API server simulator on loopback for tests, benchmarks and the dev portal's demo cluster.
 *
 * @packageDocumentation
 */

export { startClusterSimulator } from './startClusterSimulator';
export {
  simulatorKubeConfig,
  simulatorKubeconfigDocument,
} from './simulatorKubeConfig';
export type { SimulatorKubeConfigOptions } from './simulatorKubeConfig';
export { DEFAULT_GATEWAY } from './managedRouterObjects';
export { SIMULATION_ANNOTATIONS } from './simulationAnnotations';
export { llmdClusterConfig } from './llmdClusterConfig';
export type { LlmdClusterConfigEntry } from './llmdClusterConfig';
export { DEFAULT_TOKEN_AUDIENCE } from './TokenIssuer';
export type {
  ClusterSimulator,
  ClusterSimulatorOptions,
  FailRequestsOptions,
  IssuedToken,
  KubeObject,
  KubeObjectMeta,
  SimulatorAccessRule,
  SimulatorControllerOptions,
  SimulatorFaults,
  SimulatorStats,
  SimulatorTokenAccess,
} from './types';
export type { PodMetricsSnapshot } from './dataPlane/podNetwork/podMetricsSnapshot';
export type {
  MetricFamily,
  MetricSample,
  MetricType,
  ExpositionStyle,
} from './dataPlane/metrics/exposition';
export { parseExposition } from './dataPlane/metrics/parseExposition';
