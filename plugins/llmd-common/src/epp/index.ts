/*
 * EPP toolkit: dialect-aware parse, lint, explain and presets for EndpointPicker configs.
 */

export {
  DEFAULT_EPP_DIALECT,
  EPP_DIALECT_IDS,
  isEppDialectId,
  listEppDialects,
} from './eppDialects';
export type { EppDialectId } from './eppDialects';
export type {
  EppDialect,
  KvCacheMetricFacts,
  PluginParameters,
  PluginTypeSpec,
} from './eppDialect';
export type {
  EppPluginCategory,
  ListSpec,
  MapSpec,
  ObjectSpec,
  RefSpec,
  ScalarKind,
  ScalarSpec,
  ValueSpec,
} from './valueSpec';
export type { EppDiagnosticCode } from './diagnosticCodes';
export { EPP_DIAGNOSTIC_EXPLANATIONS } from './diagnosticCodes';
export { formatEppPath } from './eppDiagnostic';
export type {
  EppDiagnostic,
  EppDiagnosticSeverity,
  EppFinding,
  EppPath,
} from './eppDiagnostic';
export type { LocatePath, SourcePosition } from './yamlSourceMap';
export type {
  EndpointPickerConfig,
  EppPluginInstance,
  EppProfileEntry,
  EppSchedulingProfile,
} from './endpointPickerConfig';
export {
  eppConfigTooLarge,
  exceedsUtf8Bytes,
  MAX_CLUSTER_EPP_CONFIG_BYTES,
} from './eppConfigTooLarge';
export { parseEndpointPickerConfig } from './parseEndpointPickerConfig';
export type { ParsedEndpointPickerConfig } from './parseEndpointPickerConfig';
export { lintEndpointPickerConfig } from './lintEndpointPickerConfig';
export type {
  EndpointPickerConfigLintResult,
  LintEndpointPickerConfigOptions,
} from './lintEndpointPickerConfig';
export type { EppLintOptions } from './eppLintContext';
export type { EppDeploymentContext } from './lintDeploymentContext';
export { SCHEDULER_MAIN_CONTAINER } from './llmInferenceServiceScheduler';
export { detectEppDialect } from './detectEppDialect';
export type {
  EppDialectDetection,
  PreferredEppDialect,
} from './detectEppDialect';
export { describeEndpointPickerConfig } from './describeEndpointPickerConfig';
export type {
  EndpointPickerConfigDescription,
  EppPipelineStep,
  EppProfileDescription,
  EppScorerStep,
} from './describeEndpointPickerConfig';
export type { EppDisaggregationStage } from './describeDisaggregationStages';
export { EPP_PRESET_IDS, renderEppPreset } from './eppPresets';
export type {
  EppPresetId,
  EppPresetOptions,
  EppPresetRendering,
} from './eppPresets';
export { EppPresetNotExpressibleError } from './EppPresetNotExpressibleError';
export { builtInSchedulerConfig } from './builtInSchedulerConfig';
export type { BuiltInSchedulerConfig } from './builtInSchedulerConfig';
