import type { LlmdPolicy, PolicyRules } from './llmdPolicy';
import { POLICY_RULE_IDS } from './policyRuleIds';

/**
 * The rules that apply to objects of `namespace`: the policy's `rules` with every override listing the namespace
 * merged over them in order, field by field per rule (a later override wins). Without a namespace (cluster-scoped
 * objects) the plain `rules`.
 *
 * @public
 */
export function policyForNamespace(
  policy: LlmdPolicy,
  namespace: string | undefined,
): PolicyRules {
  if (namespace === undefined) return policy.rules;
  const applying = policy.overrides.filter(o =>
    o.namespaces.includes(namespace),
  );
  if (applying.length === 0) return policy.rules;
  const merged: Record<string, object> = { ...policy.rules };
  for (const override of applying) {
    for (const id of POLICY_RULE_IDS) {
      const change = override.rules[id];
      if (change) merged[id] = { ...merged[id], ...change };
    }
  }
  // The schema guarantees that a rule an override introduces is complete, so the merge is a complete entry.
  return merged as PolicyRules;
}
