import type { ModelEppConfig } from '../api';
import { describeEndpointPickerConfig } from '../epp/describeEndpointPickerConfig';
import { detectEppDialect } from '../epp/detectEppDialect';
import { DEFAULT_EPP_DIALECT, isEppDialectId } from '../epp/eppDialects';
import { lintEndpointPickerConfig } from '../epp/lintEndpointPickerConfig';

/** The dialect, lint and description parts of {@link ModelEppConfig}. */
export type EppConfigAnalysis = Pick<
  ModelEppConfig,
  'dialect' | 'dialectSource' | 'dialectReason' | 'lint' | 'description'
>;

/** Options of {@link analyzeEppConfig}. */
export interface AnalyzeEppConfigOptions {
  /** The cluster's EPP dialect (`llmd.clusters[].defaults.eppDialect`); unknown ids are ignored. */
  readonly clusterDialect?: string;
  /** The model (or a base config) sets its own scheduler image, so the cluster's dialect says nothing about it. */
  readonly ownSchedulerImage?: boolean;
  /** The LLMInferenceService, for the deployment checks of the linter. */
  readonly llmInferenceService?: unknown;
}

/**
 * Picks the dialect of a model's EPP config and lints and describes the text with it. The cluster's dialect wins,
 * because it is the scheduler that will load the config; it is detected from the text only when the model brings
 * its own scheduler image or the cluster states none.
 */
export function analyzeEppConfig(
  text: string | undefined,
  options: AnalyzeEppConfigOptions,
): EppConfigAnalysis {
  const clusterDialect = isEppDialectId(options.clusterDialect)
    ? options.clusterDialect
    : undefined;
  const detect =
    text !== undefined && (options.ownSchedulerImage || !clusterDialect);
  const detection = detect ? detectEppDialect(text) : undefined;
  const dialect = detection?.dialect ?? clusterDialect ?? DEFAULT_EPP_DIALECT;
  const choice = {
    dialect,
    dialectSource: detection
      ? ('detected' as const)
      : ('cluster-default' as const),
    ...(detection && { dialectReason: detection.reason }),
  };
  if (text === undefined) return choice;
  const { config, ...lint } = lintEndpointPickerConfig(text, {
    dialect,
    ...(options.llmInferenceService !== undefined && {
      deployment: { llmInferenceService: options.llmInferenceService },
    }),
  });
  return {
    ...choice,
    lint,
    ...(config && {
      description: describeEndpointPickerConfig(config, dialect),
    }),
  };
}
