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
export { listModelsQuerySchema } from './modelSummary';
export type {
  ListModelsQuery,
  ListModelsResponse,
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
export type {
  GovernanceCounts,
  GovernanceFinding,
  GovernanceObjectFindings,
  GovernanceResponse,
} from './governance';
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
