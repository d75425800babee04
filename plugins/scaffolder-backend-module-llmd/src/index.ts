/**
 * Scaffolder actions of the llm-d portal: render tenants, shared Gateways, model services and MetalLB into the
 * GitOps layout, validate them, and push a branch to a plain git remote.
 *
 * @packageDocumentation
 */

export { scaffolderModuleLlmd as default } from './module';
export { createTenantRenderAction } from './actions/tenantRender';
export { createGatewayRenderAction } from './actions/gatewayRender';
export { createModelRenderAction } from './actions/modelRender';
export { createMetallbRenderAction } from './actions/metallbRender';
export {
  createGitopsValidateAction,
  type GitopsValidateActionOptions,
} from './actions/gitopsValidate';
export { createGitopsPushBranchAction } from './actions/gitopsPushBranch';
export { createGitlabMergeRequestAction } from './gitlab/createGitlabMergeRequestAction';
export { readGitopsConfig, GITOPS_PROVIDERS } from './config/readGitopsConfig';
export type { GitopsConfig, GitopsProvider } from './config/readGitopsConfig';
export {
  createLlmdTenantConditionalDecision,
  llmdTenantConditions,
} from './permissions/llmdTenantConditions';
export type {
  LlmdTenantPermissionQuery,
  LlmdTenantPermissionResource,
} from './permissions/llmdTenantResourceRef';
export type { IsTenantMemberParams } from './permissions/isTenantMemberRule';
