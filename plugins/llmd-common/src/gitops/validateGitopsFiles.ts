import { type Document, parseAllDocuments } from 'yaml';
import { lintEndpointPickerConfig } from '../epp/lintEndpointPickerConfig';
import type { EppDialectId } from '../epp/eppDialects';
import { readEppConfigLayer } from '../models/eppConfigLayer';
import type { GatewayRef } from '../endpoints/gatewayRefsOf';
import type { KubeObjectLike } from '../models/kubeObject';
import { checkGatewayRefs, type KnownGateways } from './checkGatewayRefs';
import type { GitopsFile } from '../render/gitopsFile';

/** One problem found in a GitOps file. */
export interface GitopsProblem {
  /** Repo-relative path of the file. */
  readonly file: string;
  /** 0-based index of the YAML document in the file; absent for problems of the whole file. */
  readonly document?: number;
  /** `Kind namespace/name` of the document, when it has them. */
  readonly resource?: string;
  /** Dotted path of the field inside the document (or the EPP config for `epp` problems); empty for the whole. */
  readonly path: string;
  readonly message: string;
  /** Errors block the change; warnings are listed for the reviewer. */
  readonly severity: 'error' | 'warning';
  /** Which check found it. */
  readonly check: 'yaml' | 'schema' | 'epp' | 'references';
}

/** The result of checking one manifest against its schema. */
export type SchemaCheckResult =
  | {
      readonly checked: true;
      readonly errors: readonly { path: string; message: string }[];
    }
  | { readonly checked: false; readonly reason: string };

/** Checks a manifest against the schema of its kind (the CRD validator on the server, a stub elsewhere). */
export type ManifestSchemaCheck = (manifest: unknown) => SchemaCheckResult;

/** Options of {@link validateGitopsFiles}. */
export interface ValidateGitopsFilesOptions {
  readonly checkSchema: ManifestSchemaCheck;
  /** Dialect the EPP configs of LLMInferenceServices are linted with. */
  readonly eppDialect: EppDialectId;
  /** When given, the Gateways models route through must be among these or in the files themselves. */
  readonly knownGateways?: KnownGateways;
}

/** What {@link validateGitopsFiles} found. */
export interface GitopsValidation {
  /** True when no problem is an error. */
  readonly valid: boolean;
  readonly problems: readonly GitopsProblem[];
  /** How many Kubernetes manifests were checked, and how many of those against a schema. */
  readonly manifestCount: number;
  readonly schemaCheckedCount: number;
  readonly fileCount: number;
}

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
}

function checkDocument(
  file: string,
  document: number,
  parsed: Document.Parsed,
  options: ValidateGitopsFilesOptions,
  filesGateways: readonly GatewayRef[],
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
  return { problems, manifest: true, schemaChecked: schema.checked };
}

/**
 * Validates GitOps files as a reviewer's CI would: every YAML document parses, every Kubernetes manifest passes the
 * schema of its kind, every LLMInferenceService's EndpointPickerConfig passes the EPP linter for the dialect, and
 * (with `knownGateways`) every Gateway a model routes through exists.
 * Kinds without a known schema are reported as warnings, never silently passed. Never throws.
 */
export function validateGitopsFiles(
  files: readonly GitopsFile[],
  options: ValidateGitopsFilesOptions,
): GitopsValidation {
  const parsed = files.map(file => ({
    file: file.path,
    docs: [...parseAllDocuments(file.content, { uniqueKeys: true })],
  }));
  const filesGateways = parsed.flatMap(({ docs }) =>
    docs.flatMap(doc => gatewayOf(doc)),
  );
  const checks = parsed.flatMap(({ file, docs }) =>
    docs.map((doc, document) =>
      checkDocument(file, document, doc, options, filesGateways),
    ),
  );
  const problems = checks.flatMap(check => check.problems);
  return {
    valid: problems.every(p => p.severity !== 'error'),
    problems,
    manifestCount: checks.filter(check => check.manifest).length,
    schemaCheckedCount: checks.filter(check => check.schemaChecked).length,
    fileCount: files.length,
  };
}
