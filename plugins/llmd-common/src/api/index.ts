/*
 * The JSON contract of the llm-d backend (`/api/llmd`), shared with the frontend: response types and the zod schemas
 * of the inputs the backend validates.
 */

export type {
  ListClustersResponse,
  LlmdClusterDefaults,
  LlmdClusterStatus,
} from './clusterStatus';
export type {
  ClientSnippets,
  ModelEndpoint,
  ModelEndpointSource,
} from './modelEndpoint';
export { isClusterName } from './clusterName';
export {
  DEFAULT_PAGE_LIMIT,
  listModelsQuerySchema,
  MAX_PAGE_LIMIT,
  MODEL_SORT_KEYS,
  pageQueryShape,
} from './modelSummary';
export type {
  ListModelsQuery,
  ListModelsQueryInput,
  ListModelsResponse,
  ModelFacets,
  ModelReplicas,
  ModelSummary,
} from './modelSummary';
export { modelRefParamsSchema } from './modelDetail';
export type {
  EppConfigMechanism,
  EppConfigObjectRef,
  EppConfigSource,
  ModelClusterDetail,
  ModelCondition,
  ModelDetailResponse,
  ModelBuiltInEppConfig,
  ModelEppConfig,
  ModelEppLint,
  ModelSpecSummary,
} from './modelDetail';
export {
  createModelTokenRequestSchema,
  DEFAULT_TOKEN_TTL_SECONDS,
  MIN_TOKEN_TTL_SECONDS,
} from './modelToken';
export type {
  CreateModelTokenRequest,
  CreateModelTokenResponse,
} from './modelToken';
export type {
  SchedulerEppDialect,
  SchedulerEppDialectSource,
} from './schedulerEppDialect';
export { governanceQuerySchema } from './governance';
export type {
  GovernanceCounts,
  GovernanceFinding,
  GovernanceObjectFindings,
  GovernanceQuery,
  GovernanceQueryInput,
  GovernanceResponse,
} from './governance';
export {
  fleetMetricsRequestSchema,
  METRICS_RANGES,
  MODEL_METRIC_IDS,
  modelMetricsQuerySchema,
} from './modelMetrics';
export type {
  FleetMetricsRequest,
  FleetMetricsResponse,
  FleetModelMetrics,
  MetricSeries,
  MetricsRange,
  MetricsSourceInfo,
  MetricsState,
  ModelMetricId,
  ModelMetricsQuery,
  ModelMetricsResponse,
} from './modelMetrics';
export {
  clusterPreflightParamsSchema,
  DIAGNOSIS_STEP_IDS,
  modelDiagnosisQuerySchema,
  modelProbeQuerySchema,
  PREFLIGHT_CHECK_IDS,
} from './reachability';
export type {
  ClusterPreflightResponse,
  DiagnosisStep,
  DiagnosisStepId,
  DiagnosisStepStatus,
  InstalledCrd,
  ModelClusterDiagnosis,
  ModelDiagnosisResponse,
  ModelProbeResult,
  ModelReachabilitySummary,
  PreflightCheck,
  PreflightCheckId,
  PreflightCheckStatus,
  ProbeRequestResult,
  ReachabilityVerdict,
} from './reachability';
