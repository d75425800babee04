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

// Lint + describe costs about a millisecond; list views analyse every model on every request. Watch caches replace
// an object on each change, so results keyed by the object (weakly: dropped with it) and the inputs stay correct.
const analyses = new WeakMap<object, Map<string, EppConfigAnalysis>>();

/**
 * Picks the dialect of a model's EPP config and lints and describes the text with it (memoised per
 * LLMInferenceService object and inputs; treat the result as immutable). The cluster's dialect wins,
 * because it is the scheduler that will load the config; it is detected from the text only when the model brings
 * its own scheduler image or the cluster states none.
 */
export function analyzeEppConfig(
  text: string | undefined,
  options: AnalyzeEppConfigOptions,
): EppConfigAnalysis {
  const owner = options.llmInferenceService;
  if (typeof owner !== 'object' || owner === null) {
    return analyzeUncached(text, options);
  }
  const key = JSON.stringify([
    text,
    options.clusterDialect,
    options.ownSchedulerImage,
  ]);
  let byInputs = analyses.get(owner);
  if (!byInputs) {
    byInputs = new Map();
    analyses.set(owner, byInputs);
  }
  let analysis = byInputs.get(key);
  if (!analysis) {
    analysis = analyzeUncached(text, options);
    byInputs.set(key, analysis);
  }
  return analysis;
}

function analyzeUncached(
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
