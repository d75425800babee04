import { checkDataSectionGate } from './checkDataSectionGate';
import { checkDisaggHandlerSchema } from './checkDisaggHandlerSchema';
import { checkDisaggregation } from './checkDisaggregation';
import { checkPdDeciders } from './checkPdDeciders';
import { checkDocumentHeader } from './checkDocumentHeader';
import { checkFeatureGates } from './checkFeatureGates';
import { checkKvCacheMetric } from './checkKvCacheMetric';
import { checkPluginDefinitions } from './checkPluginDefinitions';
import { checkPluginParameters } from './checkPluginParameters';
import { checkPluginReferences } from './checkPluginReferences';
import { checkProfileHandler } from './checkProfileHandler';
import { checkSchedulingProfiles } from './checkSchedulingProfiles';
import { checkUnusedPlugins } from './checkUnusedPlugins';
import { checkValueAgainstSpec } from './checkValueAgainstSpec';
import {
  detectDialectOfDocument,
  type EppDialectDetection,
  type PreferredEppDialect,
} from './detectEppDialect';
import { explainEppDiagnosticCode } from './diagnosticCodes';
import type { EppDialect } from './eppDialect';
import {
  formatEppPath,
  hasEppErrors,
  type EppDiagnostic,
  type EppFinding,
} from './eppDiagnostic';
import { builtInSchedulerConfig } from './builtInSchedulerConfig';
import {
  DEFAULT_EPP_DIALECT,
  isEppDialectId,
  resolveEppDialect,
  type EppDialectId,
} from './eppDialects';
import { eppConfigTooLarge, exceedsUtf8Bytes } from './eppConfigTooLarge';
import { createEppLintContext, type EppLintOptions } from './eppLintContext';
import { type EndpointPickerConfig } from './endpointPickerConfig';
import { isPlainObject } from '../kube/isPlainObject';
import { flagValue, mainSchedulerArgs } from './llmInferenceServiceScheduler';
import {
  lintDeploymentContext,
  type EppDeploymentContext,
} from './lintDeploymentContext';
import {
  parseEndpointPickerConfig,
  type ParsedEndpointPickerConfig,
} from './parseEndpointPickerConfig';
import type { LocatePath } from './yamlSourceMap';

/**
 * Options of {@link lintEndpointPickerConfig}.
 *
 * @public
 */
export interface LintEndpointPickerConfigOptions extends EppLintOptions {
  /** The EPP version the config is for; detected from the config when absent. */
  readonly dialect?: EppDialectId | EppDialect;
  /** Without `dialect`: keep this one whenever it accepts the config's apiVersion (a configured default). */
  readonly preferredDialect?: PreferredEppDialect;
  /** Also check the config against the deployment that runs it. */
  readonly deployment?: EppDeploymentContext;
  /** A text of more UTF-8 bytes is not parsed: the result is one `config-too-large` error. */
  readonly maxBytes?: number;
}

/**
 * Result of {@link lintEndpointPickerConfig}.
 *
 * @public
 */
export interface EndpointPickerConfigLintResult {
  /** Id of the dialect the config was checked against. */
  readonly dialect: string;
  /** Set when the dialect was detected rather than given. */
  readonly detection?: EppDialectDetection;
  /** Typed view of the config, when the text is a YAML mapping (even one with errors). */
  readonly config?: EndpointPickerConfig;
  /** Sorted by position; errors mean the upstream loader would reject the config. */
  readonly diagnostics: readonly EppDiagnostic[];
  /** True when no diagnostic is an error. */
  readonly valid: boolean;
}

function toDiagnostic(finding: EppFinding, locate: LocatePath): EppDiagnostic {
  const position = finding.position ?? locate(finding.path);
  return {
    code: finding.code,
    severity: finding.severity,
    path: formatEppPath(finding.path),
    message: finding.message,
    explanation: explainEppDiagnosticCode(finding.code),
    ...(position && { line: position.line, column: position.column }),
  };
}

function byPosition(a: EppDiagnostic, b: EppDiagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function configFindings(
  dialect: EppDialect,
  root: Readonly<Record<string, unknown>>,
  options: EppLintOptions,
): EppFinding[] {
  const ctx = createEppLintContext(dialect, root, options);
  const shape = checkValueAgainstSpec(root, dialect.document, [], {
    unknownKey: { code: 'unknown-field', severity: 'error' },
    wrongTypeCode: 'wrong-type',
    invalidValueCode: 'invalid-value',
    deprecatedCode: 'deprecated-section',
  });
  const parameters = checkPluginParameters(ctx);
  const refs = [...shape.refs, ...parameters.refs];
  return [
    ...checkDocumentHeader(ctx),
    ...shape.findings,
    ...checkPluginDefinitions(ctx),
    ...parameters.findings,
    ...checkPluginReferences(ctx, refs),
    ...checkSchedulingProfiles(ctx),
    ...checkProfileHandler(ctx),
    ...checkFeatureGates(ctx),
    ...checkDisaggregation(ctx),
    ...checkPdDeciders(ctx),
    ...checkDisaggHandlerSchema(ctx),
    ...checkDataSectionGate(ctx),
    ...checkKvCacheMetric(ctx),
    ...checkUnusedPlugins(ctx, refs),
  ];
}

/** What the deployment's scheduler arguments tell about EPP flags, unless the caller said otherwise. */
function optionsFromDeployment(
  options: LintEndpointPickerConfigOptions,
  schedulerArgs: readonly string[],
): EppLintOptions {
  if (
    options.allowExperimentalPlugins !== undefined ||
    !options.deployment?.llmInferenceService
  ) {
    return options;
  }
  const flag = flagValue(schedulerArgs, '--allow-experimental-plugins');
  return {
    ...options,
    allowExperimentalPlugins: flag === true || flag === 'true',
  };
}

/** The findings of the document itself: YAML problems, then everything the config checks report. */
function documentFindings(
  parsed: ParsedEndpointPickerConfig,
  dialect: EppDialect,
  options: EppLintOptions,
): EppFinding[] {
  const findings: EppFinding[] = [...parsed.findings];
  if (isPlainObject(parsed.root)) {
    findings.push(...configFindings(dialect, parsed.root, options));
  } else if (!findings.some(f => f.severity === 'error')) {
    findings.push({
      code: 'not-a-mapping',
      severity: 'error',
      path: [],
      message: 'The document is not a YAML mapping.',
    });
  }
  return findings;
}

/** Findings against the deployment; a KV-metric flag on the scheduler (this version's spelling) lifts that warning. */
function withDeployment(
  diagnostics: EppDiagnostic[],
  parsed: ParsedEndpointPickerConfig,
  dialect: EppDialect,
  options: LintEndpointPickerConfigOptions,
  schedulerArgs: readonly string[],
): EppDiagnostic[] {
  if (!parsed.config || !options.deployment) return diagnostics;
  const metricFlag = flagValue(
    schedulerArgs,
    dialect.kvCacheMetric.usageFlagName,
  );
  const kept =
    metricFlag === undefined
      ? diagnostics
      : diagnostics.filter(d => d.code !== 'kv-metric-default-outdated');
  return [
    ...kept,
    ...lintDeploymentContext(parsed.config, options.deployment, dialect),
  ];
}

function tooLarge(
  options: LintEndpointPickerConfigOptions,
  maxBytes: number,
): EndpointPickerConfigLintResult {
  // detecting the dialect would parse the text, which is what the cap prevents
  const dialect = resolveEppDialect(options.dialect ?? DEFAULT_EPP_DIALECT);
  return {
    dialect: dialect.id,
    diagnostics: [eppConfigTooLarge(maxBytes)],
    valid: false,
  };
}

/**
 * No config at all: what the EPP runs then (DIALECT-FACTS Part 2) — its built-in default from scheduler-v0.7 on
 * (LoadRawConfig with no bytes, loader/configloader.go@G v1.4.0, @R v0.9.0), an `epp-config-required` error before.
 */
function withoutConfig(
  options: LintEndpointPickerConfigOptions,
): EndpointPickerConfigLintResult {
  const dialect = resolveEppDialect(options.dialect ?? DEFAULT_EPP_DIALECT);
  const builtIn = isEppDialectId(dialect.id)
    ? builtInSchedulerConfig(dialect.id)
    : undefined;
  const diagnostics =
    builtIn?.kind === 'cannot-start' ? [builtIn.diagnostic] : [];
  return { dialect: dialect.id, diagnostics, valid: diagnostics.length === 0 };
}

/**
 * Lints EndpointPickerConfig YAML for one EPP dialect: what the upstream loader of that version would reject
 * (errors) and what loads but probably does not do what was meant (warnings), each with a stable code, a path, a
 * position, a message and an explanation with the fix. Never throws; YAML syntax errors are diagnostics too. An empty
 * text is "no config": valid where the version has a built-in default, an `epp-config-required` error before v0.7.
 *
 * @param text - the config as YAML text
 * @param options - dialect (detected when absent), EPP flags and optionally the deployment context
 *
 * @public
 */
export function lintEndpointPickerConfig(
  text: string,
  options: LintEndpointPickerConfigOptions = {},
): EndpointPickerConfigLintResult {
  if (
    options.maxBytes !== undefined &&
    exceedsUtf8Bytes(text, options.maxBytes)
  ) {
    return tooLarge(options, options.maxBytes);
  }
  if (text.trim() === '') return withoutConfig(options);
  const parsed = parseEndpointPickerConfig(text);
  const detection =
    options.dialect === undefined
      ? detectDialectOfDocument(parsed.root, options.preferredDialect)
      : undefined;
  const dialect = resolveEppDialect(options.dialect ?? detection!.dialect);
  const schedulerArgs =
    mainSchedulerArgs(options.deployment?.llmInferenceService) ?? [];
  const findings = documentFindings(
    parsed,
    dialect,
    optionsFromDeployment(options, schedulerArgs),
  );
  const diagnostics = withDeployment(
    findings.map(f => toDiagnostic(f, parsed.locate)),
    parsed,
    dialect,
    options,
    schedulerArgs,
  ).sort(byPosition);
  return {
    dialect: dialect.id,
    ...(detection && { detection }),
    ...(parsed.config && { config: parsed.config }),
    diagnostics,
    valid: !hasEppErrors(diagnostics),
  };
}
