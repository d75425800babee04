import { createConditionExports } from '@backstage/plugin-permission-node';
import { isTenantMemberRule } from './isTenantMemberRule';
import { llmdTenantResourceRef } from './llmdTenantResourceRef';

const exports = createConditionExports({
  resourceRef: llmdTenantResourceRef,
  rules: { isTenantMember: isTenantMemberRule },
});

/**
 * Conditions on `llmd-tenant` resources for permission policies, e.g.
 * `createLlmdTenantConditionalDecision(permission, llmdTenantConditions.isTenantMember({ claims: user.info.ownershipEntityRefs ?? [] }))`.
 *
 * @public
 */
export const llmdTenantConditions = exports.conditions;

/**
 * Wraps {@link llmdTenantConditions} into a conditional decision for a permission on `llmd-tenant` resources.
 *
 * @public
 */
export const createLlmdTenantConditionalDecision =
  exports.createConditionalDecision;

/** Every rule of the `llmd-tenant` resource type, for registration. */
export const llmdTenantPermissionRules = [isTenantMemberRule];
