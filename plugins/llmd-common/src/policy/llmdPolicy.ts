import type { EppDialectId } from '../epp/eppDialects';
import type { PolicyRuleId, PolicyRuleSetting } from './policyRuleIds';

/** Options of a rule that takes none. */
/**
 * Options of a rule that takes none.
 *
 * @public
 */
export type NoPolicyRuleOptions = Record<never, never>;

/**
 * The options each rule takes besides its severity.
 *
 * @public
 */
export interface PolicyRuleOptions {
  'model-uri-allowed': {
    /** `spec.model.uri` must start with one of these, e.g. `oci://quay.io/redhat-ai-services/`. */
    readonly prefixes: readonly string[];
  };
  'max-gpus-per-replica': { readonly max: number };
  'max-gpus-per-model': { readonly max: number };
  'max-replicas': { readonly max: number };
  'require-auth': NoPolicyRuleOptions;
  'require-https': NoPolicyRuleOptions;
  'gateway-from-all': NoPolicyRuleOptions;
  'epp-dialect-allowed': { readonly dialects: readonly EppDialectId[] };
  'epp-lint-errors': NoPolicyRuleOptions;
  'dashboard-label': NoPolicyRuleOptions;
  'pd-requires-roce': NoPolicyRuleOptions;
  'owner-required': NoPolicyRuleOptions;
}

/**
 * One rule's entry in a policy: its setting and its options.
 *
 * @public
 */
export type PolicyRuleConfig<Id extends PolicyRuleId = PolicyRuleId> = {
  readonly severity: PolicyRuleSetting;
} & PolicyRuleOptions[Id];

/**
 * The rules section of a policy; rules left out are not evaluated.
 *
 * @public
 */
export type PolicyRules = {
  readonly [Id in PolicyRuleId]?: PolicyRuleConfig<Id>;
};

/**
 * What an override changes: per rule, the fields it sets (merged over the rule's entry).
 *
 * @public
 */
export type PolicyRuleOverrides = {
  readonly [Id in PolicyRuleId]?: Partial<PolicyRuleConfig<Id>>;
};

/**
 * Rule changes for some namespaces, e.g. a higher GPU limit for a research team.
 *
 * @public
 */
export interface PolicyOverride {
  /** Namespaces (exact names) the override applies to. */
  readonly namespaces: readonly string[];
  readonly rules: PolicyRuleOverrides;
}

/**
 * A governance policy, as written in `llmd.policy` of app-config or in a policy YAML file for the CLI (see
 * docs/governance.md). Build one with {@link parseLlmdPolicy}, which validates it.
 *
 * @public
 */
export interface LlmdPolicy {
  readonly rules: PolicyRules;
  /** Applied in order to objects of the listed namespaces; a later override wins. */
  readonly overrides: readonly PolicyOverride[];
}
