/**
 * Test utilities of the llm-d node library: an in-memory cluster cache and a capturing logger, each with a service
 * factory for `startTestBackend`. A separate entry point, so production code never loads them.
 *
 * @packageDocumentation
 */

export {
  llmdClusterCacheMock,
  LlmdClusterCacheMock,
  type LlmdClusterCacheMockCluster,
  type LlmdClusterCacheMockOptions,
  type LlmdClusterCacheMockTokenRequest,
} from './LlmdClusterCacheMock';
export {
  capturingLogger,
  type CapturedLogLine,
  type CapturingLogger,
} from './capturingLogger';
export {
  type FakePrometheus,
  type FakePrometheusAnswer,
  type FakePrometheusRequest,
  prometheusSuccess,
  startFakePrometheus,
} from './startFakePrometheus';
