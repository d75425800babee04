export { crdGroupsOf } from './crdGroupsOf';
export type { KnownGateways } from './checkGatewayRefs';
export { describeGitopsChange } from './describeGitopsChange';
export type { GitopsChange } from './describeGitopsChange';
export { tenantsOfChange } from './tenantsOfChange';
export { validateGitopsFiles } from './validateGitopsFiles';
export type {
  GitopsProblem,
  GitopsValidation,
  ManifestSchemaCheck,
  SchemaCheckResult,
  ValidateGitopsFilesOptions,
} from './gitopsValidation';
export {
  formatGitopsProblem,
  formatValidationReport,
} from './formatValidationReport';
