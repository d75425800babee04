import type { Document } from 'yaml';
import { lintEndpointPickerConfig } from '../epp/lintEndpointPickerConfig';
import type { EppDialectId } from '../epp/eppDialects';
import type { GatewayRef } from '../endpoints/gatewayRefsOf';
import type { KubeObjectLike } from '../kube/kubeObject';
import { isPlainObject } from '../kube/isPlainObject';
import { readEppConfigLayer } from '../models/eppConfigLayer';
import type { PolicyFinding } from '../policy/evaluatePolicy';
import { checkGatewayRefs } from './checkGatewayRefs';
import type {
  GitopsProblem,
  SchemaCheckResult,
  ValidateGitopsFilesOptions,
} from './gitopsValidation';

// Kustomize's own files are build instructions, not cluster objects, so no CRD describes them.
const NOT_CLUSTER_OBJECTS = new Set(['Kustomization', 'Component']);

/** One YAML document of a GitOps change and what the whole change says around it. */
export interface DocumentCheckInput {
  /** Repo-relative path of the file. */
  readonly file: string;
  /** 0-based index of the document in the file. */
  readonly document: number;
  readonly parsed: Document.Parsed;
  readonly options: ValidateGitopsFilesOptions;
  /** The Gateways declared anywhere in the change (a model may route through one). */
  readonly filesGateways: readonly GatewayRef[];
  /** This document's policy findings, evaluated over the whole change. */
  readonly policyFindings: readonly PolicyFinding[];
}

/** What checking one YAML document found. */
export interface DocumentCheck {
  readonly problems: GitopsProblem[];
  /** The document is a Kubernetes manifest (not empty, not a kustomize file). */
  readonly manifest: boolean;
  readonly schemaChecked: boolean;
  /** `[apiVersion Kind, source]` when a schema with a named source decided. */
  readonly schemaSource?: readonly [string, string];
}

/** Where a problem of the document is: its file, its index and, when it has them, `Kind namespace/name`. */
type ProblemPlace = Pick<GitopsProblem, 'file' | 'document' | 'resource'>;

/** Whether a mapping is one of kustomize's own files (build instructions, no cluster object). */
export function isKustomizeFile(record: Record<string, unknown>): boolean {
  return (
    NOT_CLUSTER_OBJECTS.has(String(record.kind)) &&
    String(record.apiVersion).startsWith('kustomize.config.k8s.io/')
  );
}

function resourceOf(doc: Record<string, unknown>): string | undefined {
  const metadata = doc.metadata as Record<string, unknown> | undefined;
  const name = typeof metadata?.name === 'string' ? metadata.name : undefined;
  if (typeof doc.kind !== 'string' || !name) return undefined;
  const ns =
    typeof metadata?.namespace === 'string' ? `${metadata.namespace}/` : '';
  return `${doc.kind} ${ns}${name}`;
}

/** The problems of a document that is no manifest: YAML errors, a scalar or list root; none for an empty one. */
function nonManifestProblems(
  place: ProblemPlace,
  parsed: Document.Parsed,
  doc: unknown,
): GitopsProblem[] {
  if (parsed.errors.length > 0) {
    return parsed.errors.map(error => ({
      ...place,
      path: '',
      message: `YAML: ${error.message.split('\n')[0]}`,
      severity: 'error',
      check: 'yaml',
    }));
  }
  if (doc === null || doc === undefined) return [];
  const message = 'not a Kubernetes manifest (expected a mapping)';
  return [{ ...place, path: '', message, severity: 'error', check: 'schema' }];
}

function schemaProblems(
  at: ProblemPlace,
  schema: SchemaCheckResult,
): GitopsProblem[] {
  if (!schema.checked) {
    const message = `not checked against a schema: ${schema.reason}`;
    return [{ ...at, path: '', message, severity: 'warning', check: 'schema' }];
  }
  return schema.errors.map(error => ({
    ...at,
    path: error.path,
    message: error.message,
    severity: 'error',
    check: 'schema',
  }));
}

function eppProblems(
  at: ProblemPlace,
  doc: unknown,
  eppDialect: EppDialectId,
): GitopsProblem[] {
  const layer = readEppConfigLayer(doc);
  if (!layer || !('text' in layer)) return [];
  const lint = lintEndpointPickerConfig(layer.text, {
    dialect: eppDialect,
    deployment: { llmInferenceService: doc },
  });
  return lint.diagnostics.map(d => ({
    ...at,
    path: d.path,
    message: `EPP config (${lint.dialect}) [${d.code}]: ${d.message}`,
    severity: d.severity,
    check: 'epp',
  }));
}

function gatewayRefProblems(
  at: ProblemPlace,
  doc: unknown,
  input: DocumentCheckInput,
): GitopsProblem[] {
  const known = input.options.knownGateways;
  if (!known) return [];
  return checkGatewayRefs(
    doc as KubeObjectLike,
    known,
    input.filesGateways,
  ).map(problem => ({
    ...at,
    ...problem,
    severity: 'error',
    check: 'references',
  }));
}

function policyProblems(
  at: ProblemPlace,
  findings: readonly PolicyFinding[],
): GitopsProblem[] {
  return findings.map(finding => ({
    ...at,
    path: finding.path,
    message: finding.message,
    severity: finding.severity === 'deny' ? 'error' : 'warning',
    check: 'policy',
    rule: finding.rule,
  }));
}

/**
 * Checks one YAML document of a GitOps change: it parses, and as a manifest passes the schema of its kind, its EPP
 * config (of an LLMInferenceService) the linter, its Gateway references the known Gateways, and the policy.
 */
export function checkDocument(input: DocumentCheckInput): DocumentCheck {
  const { file, document, parsed, options } = input;
  const doc = parsed.errors.length > 0 ? undefined : (parsed.toJS() as unknown);
  if (!isPlainObject(doc)) {
    const problems = nonManifestProblems({ file, document }, parsed, doc);
    return { problems, manifest: false, schemaChecked: false };
  }
  if (isKustomizeFile(doc)) {
    return { problems: [], manifest: false, schemaChecked: false };
  }
  const resource = resourceOf(doc);
  const at = { file, document, ...(resource && { resource }) };
  const schema = options.checkSchema(doc);
  const problems = [
    ...schemaProblems(at, schema),
    ...(doc.kind === 'LLMInferenceService'
      ? [
          ...eppProblems(at, doc, options.eppDialect),
          ...gatewayRefProblems(at, doc, input),
        ]
      : []),
    ...policyProblems(at, input.policyFindings),
  ];
  const schemaSource =
    schema.checked && schema.source
      ? ([`${doc.apiVersion} ${doc.kind}`, schema.source] as const)
      : undefined;
  return {
    problems,
    manifest: true,
    schemaChecked: schema.checked,
    ...(schemaSource && { schemaSource }),
  };
}
