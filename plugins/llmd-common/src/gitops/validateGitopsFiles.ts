import type { Document } from 'yaml';
import { parseYamlDocuments } from '../yaml/parseYamlDocuments';
import { withValueError } from '../yaml/yamlDocumentValue';
import type { GatewayRef } from '../endpoints/gatewayRefsOf';
import type { KubeObjectLike } from '../kube/kubeObject';
import { isPlainObject } from '../kube/isPlainObject';
import { checkDocument, isKustomizeFile } from './checkDocument';
import type {
  GitopsValidation,
  ValidateGitopsFilesOptions,
} from './gitopsValidation';
import type { GitopsFile } from '../render/gitopsFile';
import {
  evaluatePolicyPerObject,
  type PolicyFinding,
} from '../policy/evaluatePolicy';

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

/** A document's value when it is a cluster object (parsed, a mapping, not a kustomize file), else undefined. */
function clusterObjectOf(parsed: Document.Parsed): unknown {
  if (parsed.errors.length > 0) return undefined;
  const doc = parsed.toJS() as unknown;
  return isPlainObject(doc) && !isKustomizeFile(doc) ? doc : undefined;
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

/**
 * Validates GitOps files as a reviewer's CI would: every YAML document parses, every Kubernetes manifest passes the
 * schema of its kind, every LLMInferenceService's EndpointPickerConfig passes the EPP linter for the dialect, and
 * (with `knownGateways`) every Gateway a model routes through exists, and (with `policy`) every manifest complies
 * with the governance policy.
 * Kinds without a known schema are reported as warnings, never silently passed. Never throws.
 *
 * @public
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
      checkDocument({
        file,
        document,
        parsed: doc,
        options,
        filesGateways,
        policyFindings: policyFindings.get(doc) ?? [],
      }),
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
