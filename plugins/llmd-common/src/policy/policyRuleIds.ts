/**
 * Ids of the governance rules, in the order the docs and the fleet page list them.
 *
 * @public
 */
export const POLICY_RULE_IDS = [
  'model-uri-allowed',
  'max-gpus-per-replica',
  'max-gpus-per-model',
  'max-replicas',
  'require-auth',
  'require-https',
  'gateway-from-all',
  'epp-dialect-allowed',
  'epp-lint-errors',
  'dashboard-label',
  'pd-requires-roce',
  'owner-required',
] as const;

/**
 * A governance rule id.
 *
 * @public
 */
export type PolicyRuleId = (typeof POLICY_RULE_IDS)[number];

/**
 * What a finding does: `deny` blocks (scaffolder task fails, CLI exits 1), `warn` is listed for the reviewer.
 *
 * @public
 */
export type PolicySeverity = 'deny' | 'warn';

/**
 * A rule's setting in a policy: a severity, or `off` to switch a rule (e.g. for one namespace) off.
 *
 * @public
 */
export type PolicyRuleSetting = PolicySeverity | 'off';

/**
 * Whether a string is a governance rule id (for CLI and API input).
 *
 * @public
 */
export function isPolicyRuleId(value: unknown): value is PolicyRuleId {
  return (
    typeof value === 'string' &&
    (POLICY_RULE_IDS as readonly string[]).includes(value)
  );
}
