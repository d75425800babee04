/*
 * Platform governance: one policy (allowed model sources, GPU limits, auth, TLS, gateway isolation, EPP configs,
 * ownership) evaluated by the same function in the scaffolder, in GitOps CI (`llmd lint manifests`) and on the
 * running fleet. See docs/governance.md.
 */

export { isPolicyRuleId, POLICY_RULE_IDS } from './policyRuleIds';
export type {
  PolicyRuleId,
  PolicyRuleSetting,
  PolicySeverity,
} from './policyRuleIds';
export type {
  LlmdPolicy,
  NoPolicyRuleOptions,
  PolicyOverride,
  PolicyRuleConfig,
  PolicyRuleOptions,
  PolicyRuleOverrides,
  PolicyRules,
} from './llmdPolicy';
export { POLICY_RULE_DESCRIPTIONS } from './policyRules';
export { llmdPolicySchema } from './llmdPolicySchema';
export { parseLlmdPolicy, parseLlmdPolicyYaml } from './parseLlmdPolicy';
export type { ParseLlmdPolicyResult, PolicyProblem } from './parseLlmdPolicy';
export { policyForNamespace } from './policyForNamespace';
export {
  evaluatePolicy,
  evaluatePolicyPerObject,
  hasPolicyDenials,
} from './evaluatePolicy';
export type { PolicyFinding, PolicyObjectRef } from './evaluatePolicy';
export type { PolicyContext, ResolvedEppConfigText } from './policyContext';
export { RECOMMENDED_LLMD_POLICY } from './recommendedPolicy';
