import type { EppDialectId } from '../epp/eppDialects';
import type { PolicyContext } from '../policy/policyContext';
import type { LlmdPolicy } from '../policy/llmdPolicy';
import type { KnownGateways } from './checkGatewayRefs';

/**
 * One problem found in a GitOps file.
 *
 * @public
 */
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
  readonly check: 'yaml' | 'schema' | 'epp' | 'references' | 'policy';
  /** The governance rule id, for `policy` problems. */
  readonly rule?: string;
}

/**
 * The result of checking one manifest against its schema.
 *
 * @public
 */
export type SchemaCheckResult =
  | {
      readonly checked: true;
      readonly errors: readonly { path: string; message: string }[];
      /** Which schema decided, in words (e.g. `bundled (crds/kuadrant)`, `cluster demo`). */
      readonly source?: string;
    }
  | { readonly checked: false; readonly reason: string };

/**
 * Checks a manifest against the schema of its kind (the CRD validator on the server, a stub elsewhere).
 *
 * @public
 */
export type ManifestSchemaCheck = (manifest: unknown) => SchemaCheckResult;

/**
 * Options of {@link validateGitopsFiles}.
 *
 * @public
 */
export interface ValidateGitopsFilesOptions {
  readonly checkSchema: ManifestSchemaCheck;
  /** Dialect the EPP configs of LLMInferenceServices are linted with. */
  readonly eppDialect: EppDialectId;
  /** When given, the Gateways models route through must be among these or in the files themselves. */
  readonly knownGateways?: KnownGateways;
  /**
   * When given, every manifest is also evaluated against this governance policy: `deny` findings become errors,
   * `warn` findings warnings (check `policy`, with the rule id).
   */
  readonly policy?: LlmdPolicy;
  /** Context of the policy evaluation; its `eppDialect` defaults to {@link ValidateGitopsFilesOptions.eppDialect}. */
  readonly policyContext?: PolicyContext;
}

/**
 * What {@link validateGitopsFiles} found.
 *
 * @public
 */
export interface GitopsValidation {
  /** True when no problem is an error. */
  readonly valid: boolean;
  readonly problems: readonly GitopsProblem[];
  /** How many Kubernetes manifests were checked, and how many of those against a schema. */
  readonly manifestCount: number;
  readonly schemaCheckedCount: number;
  readonly fileCount: number;
  /** Set when a governance policy was evaluated too. */
  readonly policyApplied?: boolean;
  /** Which schema source decided each kind checked, keyed `apiVersion Kind` (when the check names its sources). */
  readonly schemaSources: Readonly<Record<string, string>>;
}
