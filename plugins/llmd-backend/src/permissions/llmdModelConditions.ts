import { createConditionExports } from '@backstage/plugin-permission-node';
import { isModelOwnerRule } from './isModelOwnerRule';
import { llmdModelResourceRef } from './llmdModelResourceRef';

const exports = createConditionExports({
  resourceRef: llmdModelResourceRef,
  rules: { isModelOwner: isModelOwnerRule },
});

/**
 * Conditions on `llmd-model` resources for permission policies, e.g.
 * `createLlmdModelConditionalDecision(permission, llmdModelConditions.isModelOwner({ claims: user.info.ownershipEntityRefs ?? [] }))`.
 *
 * @public
 */
export const llmdModelConditions = exports.conditions;

/**
 * Wraps {@link llmdModelConditions} into a conditional decision for a permission on `llmd-model` resources.
 *
 * @public
 */
export const createLlmdModelConditionalDecision =
  exports.createConditionalDecision;

/** Every rule of the `llmd-model` resource type, for registration. */
export const llmdModelPermissionRules = [isModelOwnerRule];
