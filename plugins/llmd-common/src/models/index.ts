/*
 * Model services: summaries and details derived from an LLMInferenceService and the objects around it (Gateways,
 * LLMInferenceServiceConfigs, ConfigMaps), including where its EPP config comes from.
 */

export {
  ENABLE_AUTH_ANNOTATION,
  isAuthEnabled,
  modelDisplayName,
  modelOwner,
  servedModelName,
} from './modelMetadata';
export { isModelReady, readModelConditions } from './modelConditions';
export { modelResourceRef, parseModelResourceRef } from './modelResourceRef';
export type { ModelResource } from './modelResourceRef';
export { modelReplicas, summarizeModelSpec } from './modelSpecSummary';
export { readEppConfigLayer, schedulerConfigRef } from './eppConfigLayer';
export type { EppConfigLayer } from './eppConfigLayer';
export { analyzeEppConfig, eppConfigAnalysisRuns } from './analyzeEppConfig';
export type {
  AnalyzeEppConfigOptions,
  EppConfigAnalysis,
} from './analyzeEppConfig';
export { resolveModelEppConfig } from './resolveModelEppConfig';
export type {
  EppConfigLookup,
  ResolveModelEppConfigOptions,
} from './resolveModelEppConfig';
export { eppConfigFieldPath } from './eppConfigFieldPath';
export {
  detectClusterEppDialect,
  detectModelEppDialect,
} from './detectSchedulerEppDialect';
export type {
  DetectClusterEppDialectOptions,
  DetectModelEppDialectOptions,
} from './detectSchedulerEppDialect';
export { detectSchedulerObjectDialect } from './detectSchedulerObjectDialect';
export { findEmbeddedEppConfigs } from './findEmbeddedEppConfigs';
export type {
  EmbeddedEppConfig,
  EmbeddedEppConfigs,
} from './findEmbeddedEppConfigs';
export { resolveModelEppWithDialect } from './resolveModelEppWithDialect';
export type { ResolveModelEppWithDialectOptions } from './resolveModelEppWithDialect';
export { dialectOfScheduler } from './dialectOfScheduler';
export { isSchedulerEppDialectCertain } from './isSchedulerEppDialectCertain';
export type { SchedulerContainerFacts } from './dialectOfScheduler';
