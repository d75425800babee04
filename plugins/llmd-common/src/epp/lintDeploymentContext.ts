import { explainEppDiagnosticCode } from './diagnosticCodes';
import type { EppDialect } from './eppDialect';
import {
  formatEppPath,
  type EppDiagnostic,
  type EppFinding,
} from './eppDiagnostic';
import { type EndpointPickerConfig } from './endpointPickerConfig';
import { isPlainObject } from '../kube/isPlainObject';
import { resolveEppDialect, type EppDialectId } from './eppDialects';
import { findDisaggregation } from './disaggregation';
import { ENGINE_METRIC_FLAGS } from './kvCacheMetric';
import {
  flagValue,
  SCHEDULER_MAIN_CONTAINER,
  schedulerContainers,
} from './llmInferenceServiceScheduler';

/**
 * Where an EndpointPickerConfig is deployed.
 *
 * @public
 */
export interface EppDeploymentContext {
  /** The LLMInferenceService object (any API version) that runs the EPP. */
  readonly llmInferenceService?: unknown;
  /** Whether the cluster cannot reach Hugging Face; undefined means unknown (the risk is still reported). */
  readonly disconnected?: boolean;
}

/** Prefix of deployment diagnostic paths, so they are not mistaken for paths inside the EPP config. */
const DEPLOYMENT_PATH_ROOT = 'LLMInferenceService';

function metricFlagFindings(
  llmisvc: unknown,
  dialect: EppDialect,
): EppFinding[] {
  const findings: EppFinding[] = [];
  for (const container of schedulerContainers(llmisvc)) {
    const flags = ENGINE_METRIC_FLAGS.filter(
      f => flagValue(container.args, f) !== undefined,
    );
    if (flags.length === 0) continue;
    const path = [DEPLOYMENT_PATH_ROOT, ...container.path, 'args'];
    if (container.name !== SCHEDULER_MAIN_CONTAINER) {
      findings.push({
        code: 'kv-metric-flag-wrong-container',
        severity: 'warning',
        path,
        message: `${flags.join(', ')} is set on scheduler container \`${
          container.name ?? '(unnamed)'
        }\`, but the controller only reads container \`main\`.`,
      });
    } else if (dialect.kvCacheMetric.usageFlag === 'rejected') {
      findings.push({
        code: 'kv-metric-flag-deprecated',
        severity: 'error',
        path,
        message: `${flags.join(', ')} fails EPP validation in ${
          dialect.id
        }; remove it.`,
      });
    }
  }
  return findings;
}

function poolFindings(
  config: EndpointPickerConfig,
  llmisvc: unknown,
): EppFinding[] {
  const spec =
    isPlainObject(llmisvc) && isPlainObject(llmisvc.spec) ? llmisvc.spec : {};
  const hasPrefillPool = isPlainObject(spec.prefill);
  const setup = findDisaggregation(config);
  if (setup?.prefillProfile && !hasPrefillPool) {
    return [
      {
        code: 'pd-profile-without-prefill-pool',
        severity: 'warning',
        path: [DEPLOYMENT_PATH_ROOT, 'spec'],
        message: `The EPP config disaggregates with \`${setup.handler.type}\`, but the LLMInferenceService has no \`spec.prefill\` pool.`,
      },
    ];
  }
  if (hasPrefillPool && !setup?.prefillProfile) {
    return [
      {
        code: 'prefill-pool-without-pd-profile',
        severity: 'warning',
        path: [DEPLOYMENT_PATH_ROOT, 'spec', 'prefill'],
        message:
          'The LLMInferenceService runs a prefill pool, but the EPP config never schedules prefill work.',
      },
    ];
  }
  return [];
}

function tokenizerFindings(
  config: EndpointPickerConfig,
  context: EppDeploymentContext,
): EppFinding[] {
  if (context.disconnected === false) return [];
  return config.plugins
    .filter(plugin => plugin.type === 'precise-prefix-cache-scorer')
    .map(plugin => ({
      code: 'precise-prefix-needs-tokenizer' as const,
      severity: 'warning' as const,
      path: ['plugins', config.plugins.indexOf(plugin)],
      message: `\`${
        plugin.name
      }\` downloads the model tokenizer from Hugging Face at start-up${
        context.disconnected ? ', which fails in this disconnected cluster' : ''
      }.`,
    }));
}

/**
 * Lints an EPP config together with the LLMInferenceService that deploys it: pools that do not match the P/D setup,
 * EPP metric flags the version rejects or the controller drops, and the tokenizer download of precise prefix
 * scoring. Paths into the LLMInferenceService start with `LLMInferenceService.`.
 */
export function lintDeploymentContext(
  config: EndpointPickerConfig,
  context: EppDeploymentContext,
  dialect: EppDialectId | EppDialect,
): EppDiagnostic[] {
  const resolved = resolveEppDialect(dialect);
  const llmisvc = context.llmInferenceService;
  const findings = [
    ...(llmisvc === undefined ? [] : poolFindings(config, llmisvc)),
    ...(llmisvc === undefined ? [] : metricFlagFindings(llmisvc, resolved)),
    ...tokenizerFindings(config, context),
  ];
  return findings.map(finding => ({
    code: finding.code,
    severity: finding.severity,
    path: formatEppPath(finding.path),
    message: finding.message,
    explanation: explainEppDiagnosticCode(finding.code),
  }));
}
