import type { ModelEppConfig } from '../api';
import { describeEndpointPickerConfig } from '../epp/describeEndpointPickerConfig';
import { detectEppDialect } from '../epp/detectEppDialect';
import { DEFAULT_EPP_DIALECT, isEppDialectId } from '../epp/eppDialects';
import {
  exceedsUtf8Bytes,
  MAX_CLUSTER_EPP_CONFIG_BYTES,
} from '../epp/eppConfigTooLarge';
import { lintEndpointPickerConfig } from '../epp/lintEndpointPickerConfig';

/**
 * The dialect, lint and description parts of {@link ModelEppConfig}.
 *
 * @public
 */
export type EppConfigAnalysis = Pick<
  ModelEppConfig,
  'dialect' | 'dialectSource' | 'dialectReason' | 'lint' | 'description'
>;

/**
 * Options of {@link analyzeEppConfig}.
 *
 * @public
 */
export interface AnalyzeEppConfigOptions {
  /** The cluster's EPP dialect (`llmd.clusters[].defaults.eppDialect`); unknown ids are ignored. */
  readonly clusterDialect?: string;
  /** The model (or a base config) sets its own scheduler image, so the cluster's dialect says nothing about it. */
  readonly ownSchedulerImage?: boolean;
  /** The LLMInferenceService, for the deployment checks of the linter. */
  readonly llmInferenceService?: unknown;
}

// Lint + describe costs about a millisecond; list views analyse every model on every request. Watch caches replace
// an object on each change (a new resourceVersion, or a new uid under the same name) and keep it otherwise, and each
// cluster has its own copies, so results keyed by the object (weakly: dropped with it), then by the text and the
// other inputs are exactly "per cluster, uid, resourceVersion and config text" and stay correct.
const analyses = new WeakMap<
  object,
  Map<string | undefined, Map<string, EppConfigAnalysis>>
>();

// A model whose config comes from a ConfigMap keeps its object while the map changes; only the newest texts matter.
const TEXTS_PER_OBJECT = 4;

/** How many analyses ran (not served from the memo): lets tests prove list requests reuse them. */
let analysisRuns = 0;

/**
 * The number of EPP config analyses computed so far in this process (cache misses of {@link analyzeEppConfig}).
 *
 * @public
 */
export function eppConfigAnalysisRuns(): number {
  return analysisRuns;
}

/**
 * Picks the dialect of a model's EPP config and lints and describes the text with it (memoised per
 * LLMInferenceService object and inputs; treat the result as immutable). The cluster's dialect wins,
 * because it is the scheduler that will load the config; it is detected from the text only when the model brings
 * its own scheduler image or the cluster states none.
 *
 * @public
 */
export function analyzeEppConfig(
  text: string | undefined,
  options: AnalyzeEppConfigOptions,
): EppConfigAnalysis {
  const owner = options.llmInferenceService;
  if (typeof owner !== 'object' || owner === null) {
    return analyzeUncached(text, options);
  }
  // the text is a key by itself: a Map hashes a string once, JSON-encoding it per request would copy megabytes
  let byText = analyses.get(owner);
  if (!byText) {
    byText = new Map();
    analyses.set(owner, byText);
  }
  let byInputs = byText.get(text);
  if (!byInputs) {
    if (byText.size >= TEXTS_PER_OBJECT) byText.clear();
    byInputs = new Map();
    byText.set(text, byInputs);
  }
  const key = `${options.clusterDialect}|${options.ownSchedulerImage}`;
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
  // detecting parses the text: not for one the linter will refuse to parse
  const detect =
    text !== undefined &&
    (options.ownSchedulerImage || !clusterDialect) &&
    !exceedsUtf8Bytes(text, MAX_CLUSTER_EPP_CONFIG_BYTES);
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
  analysisRuns++;
  const { config, ...lint } = lintEndpointPickerConfig(text, {
    dialect,
    maxBytes: MAX_CLUSTER_EPP_CONFIG_BYTES,
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
