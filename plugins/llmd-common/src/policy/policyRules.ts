import type { PolicyRule } from './policyRule';
import { POLICY_RULE_IDS, type PolicyRuleId } from './policyRuleIds';
import { dashboardLabel } from './rules/dashboardLabel';
import { eppDialectAllowed } from './rules/eppDialectAllowed';
import { eppLintErrors } from './rules/eppLintErrors';
import { gatewayFromAll } from './rules/gatewayFromAll';
import { maxGpusPerModel } from './rules/maxGpusPerModel';
import { maxGpusPerReplica } from './rules/maxGpusPerReplica';
import { maxReplicas } from './rules/maxReplicas';
import { modelUriAllowed } from './rules/modelUriAllowed';
import { ownerRequired } from './rules/ownerRequired';
import { pdRequiresRoce } from './rules/pdRequiresRoce';
import { requireAuth } from './rules/requireAuth';
import { requireHttps } from './rules/requireHttps';

/** Every governance rule by id. */
export const POLICY_RULES: { readonly [Id in PolicyRuleId]: PolicyRule<Id> } = {
  'model-uri-allowed': modelUriAllowed,
  'max-gpus-per-replica': maxGpusPerReplica,
  'max-gpus-per-model': maxGpusPerModel,
  'max-replicas': maxReplicas,
  'require-auth': requireAuth,
  'require-https': requireHttps,
  'gateway-from-all': gatewayFromAll,
  'epp-dialect-allowed': eppDialectAllowed,
  'epp-lint-errors': eppLintErrors,
  'dashboard-label': dashboardLabel,
  'pd-requires-roce': pdRequiresRoce,
  'owner-required': ownerRequired,
};

/**
 * One sentence per rule: what it checks (for the fleet page, the docs and CLI help).
 *
 * @public
 */
export const POLICY_RULE_DESCRIPTIONS: Readonly<Record<PolicyRuleId, string>> =
  Object.fromEntries(
    POLICY_RULE_IDS.map(id => [id, POLICY_RULES[id].description]),
  ) as Record<PolicyRuleId, string>;
