import type { Document } from 'yaml';
import { parseYamlDocuments } from '../yaml/parseYamlDocuments';
import { withValueError } from '../yaml/yamlDocumentValue';
import { lintEndpointPickerConfig } from '../epp/lintEndpointPickerConfig';
import type { EppDialectId } from '../epp/eppDialects';
import { readEppConfigLayer } from '../models/eppConfigLayer';
import type { GatewayRef } from '../endpoints/gatewayRefsOf';
import type { KubeObjectLike } from '../kube/kubeObject';
import { checkGatewayRefs } from './checkGatewayRefs';
import type {
  GitopsProblem,
  GitopsValidation,
  ValidateGitopsFilesOptions,
} from './gitopsValidation';
import type { GitopsFile } from '../render/gitopsFile';
import {
  evaluatePolicyPerObject,
  type PolicyFinding,
} from '../policy/evaluatePolicy';

// Kustomize's own files are build instructions, not cluster objects, so no CRD describes them.
const NOT_CLUSTER_OBJECTS = new Set(['Kustomization', 'Component']);

function resourceOf(doc: Record<string, unknown>): string | undefined {
  const metadata = doc.metadata as Record<string, unknown> | undefined;
  const name = typeof metadata?.name === 'string' ? metadata.name : undefined;
  if (typeof doc.kind !== 'string' || !name) return undefined;
  const ns =
    typeof metadata?.namespace === 'string' ? `${metadata.namespace}/` : '';
  return `${doc.kind} ${ns}${name}`;
}

function eppProblems(
  doc: unknown,
  eppDialect: EppDialectId,
): Omit<GitopsProblem, 'file' | 'document' | 'resource'>[] {
  const layer = readEppConfigLayer(doc);
  if (!layer || !('text' in layer)) return [];
  const lint = lintEndpointPickerConfig(layer.text, {
    dialect: eppDialect,
    deployment: { llmInferenceService: doc },
  });
  return lint.diagnostics.map(d => ({
    path: d.path,
    message: `EPP config (${lint.dialect}) [${d.code}]: ${d.message}`,
    severity: d.severity,
    check: 'epp' as const,
  }));
}

/** The Gateway a parsed document declares, if it is one. */
function gatewayOf(doc: Document.Parsed): GatewayRef[] {
  if (doc.errors.length > 0) return [];
  const value = doc.toJS() as KubeObjectLike | null;
  return value?.kind === 'Gateway' &&
    typeof value.metadata?.name === 'string' &&
    typeof value.metadata?.namespace === 'string'
    ? [{ name: value.metadata.name, namespace: value.metadata.namespace }]
    : [];
}

/** What checking one YAML document found. */
interface DocumentCheck {
  readonly problems: GitopsProblem[];
  /** The document is a Kubernetes manifest (not empty, not a kustomize file). */
  readonly manifest: boolean;
  readonly schemaChecked: boolean;
  /** `[apiVersion Kind, source]` when a schema with a named source decided. */
  readonly schemaSource?: readonly [string, string];
}

/** A document's value when it is a cluster object (parsed, a mapping, not a kustomize file), else undefined. */
function clusterObjectOf(parsed: Document.Parsed): unknown {
  if (parsed.errors.length > 0) return undefined;
  const doc = parsed.toJS() as unknown;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return undefined;
  }
  const record = doc as Record<string, unknown>;
  return NOT_CLUSTER_OBJECTS.has(String(record.kind)) &&
    String(record.apiVersion).startsWith('kustomize.config.k8s.io/')
    ? undefined
    : doc;
}

/**
 * The policy findings of each document, evaluated over all documents at once (a model's owner may come from the
 * Namespace in another file). `epp-lint-errors` is left out: the `epp` check already reports every EPP lint
 * diagnostic, as errors, whatever the rule's severity.
 */
function policyFindingsByDocument(
  documents: readonly Document.Parsed[],
  options: ValidateGitopsFilesOptions,
): Map<Document.Parsed, PolicyFinding[]> {
  const byDocument = new Map<Document.Parsed, PolicyFinding[]>();
  if (!options.policy) return byDocument;
  const perObject = evaluatePolicyPerObject(
    documents.map(clusterObjectOf),
    options.policy,
    { eppDialect: options.eppDialect, ...options.policyContext },
  );
  documents.forEach((doc, index) => {
    const findings = perObject[index].filter(f => f.rule !== 'epp-lint-errors');
    if (findings.length > 0) byDocument.set(doc, findings);
  });
  return byDocument;
}

function checkDocument(
  file: string,
  document: number,
  parsed: Document.Parsed,
  options: ValidateGitopsFilesOptions,
  filesGateways: readonly GatewayRef[],
  policyFindings: readonly PolicyFinding[],
): DocumentCheck {
  const none = { manifest: false, schemaChecked: false };
  if (parsed.errors.length > 0) {
    const problems = parsed.errors.map(error => ({
      file,
      document,
      path: '',
      message: `YAML: ${error.message.split('\n')[0]}`,
      severity: 'error' as const,
      check: 'yaml' as const,
    }));
    return { problems, ...none };
  }
  const doc = parsed.toJS() as unknown;
  if (doc === null || doc === undefined) return { problems: [], ...none };
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    const message = 'not a Kubernetes manifest (expected a mapping)';
    return {
      problems: [
        {
          file,
          document,
          path: '',
          message,
          severity: 'error',
          check: 'schema',
        },
      ],
      ...none,
    };
  }
  const record = doc as Record<string, unknown>;
  if (
    NOT_CLUSTER_OBJECTS.has(String(record.kind)) &&
    String(record.apiVersion).startsWith('kustomize.config.k8s.io/')
  ) {
    return { problems: [], ...none };
  }
  const resource = resourceOf(record);
  const at = { file, document, ...(resource && { resource }) };
  const problems: GitopsProblem[] = [];
  const schema = options.checkSchema(doc);
  if (schema.checked) {
    for (const error of schema.errors) {
      problems.push({
        ...at,
        path: error.path,
        message: error.message,
        severity: 'error',
        check: 'schema',
      });
    }
  } else {
    problems.push({
      ...at,
      path: '',
      message: `not checked against a schema: ${schema.reason}`,
      severity: 'warning',
      check: 'schema',
    });
  }
  if (record.kind === 'LLMInferenceService') {
    for (const problem of eppProblems(doc, options.eppDialect)) {
      problems.push({ ...at, ...problem });
    }
    if (options.knownGateways) {
      const refs = checkGatewayRefs(
        doc as KubeObjectLike,
        options.knownGateways,
        filesGateways,
      );
      for (const problem of refs) {
        problems.push({
          ...at,
          ...problem,
          severity: 'error',
          check: 'references',
        });
      }
    }
  }
  for (const finding of policyFindings) {
    problems.push({
      ...at,
      path: finding.path,
      message: finding.message,
      severity: finding.severity === 'deny' ? 'error' : 'warning',
      check: 'policy',
      rule: finding.rule,
    });
  }
  const schemaSource =
    schema.checked && schema.source
      ? ([`${record.apiVersion} ${record.kind}`, schema.source] as const)
      : undefined;
  return {
    problems,
    manifest: true,
    schemaChecked: schema.checked,
    ...(schemaSource && { schemaSource }),
  };
}

/**
 * Validates GitOps files as a reviewer's CI would: every YAML document parses, every Kubernetes manifest passes the
 * schema of its kind, every LLMInferenceService's EndpointPickerConfig passes the EPP linter for the dialect, and
 * (with `knownGateways`) every Gateway a model routes through exists, and (with `policy`) every manifest complies
 * with the governance policy.
 * Kinds without a known schema are reported as warnings, never silently passed. Never throws.
 */
export function validateGitopsFiles(
  files: readonly GitopsFile[],
  options: ValidateGitopsFilesOptions,
): GitopsValidation {
  const parsed = files.map(file => ({
    file: file.path,
    docs: parseYamlDocuments(file.content).map(withValueError),
  }));
  const filesGateways = parsed.flatMap(({ docs }) =>
    docs.flatMap(doc => gatewayOf(doc)),
  );
  const policyFindings = policyFindingsByDocument(
    parsed.flatMap(({ docs }) => docs),
    options,
  );
  const checks = parsed.flatMap(({ file, docs }) =>
    docs.map((doc, document) =>
      checkDocument(
        file,
        document,
        doc,
        options,
        filesGateways,
        policyFindings.get(doc) ?? [],
      ),
    ),
  );
  const problems = checks.flatMap(check => check.problems);
  return {
    valid: problems.every(p => p.severity !== 'error'),
    problems,
    manifestCount: checks.filter(check => check.manifest).length,
    schemaCheckedCount: checks.filter(check => check.schemaChecked).length,
    fileCount: files.length,
    ...(options.policy && { policyApplied: true }),
    schemaSources: Object.fromEntries(
      checks.flatMap(check => (check.schemaSource ? [check.schemaSource] : [])),
    ),
  };
}
