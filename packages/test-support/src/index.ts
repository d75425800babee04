/**
 * Test support shared by the workspace's packages.
 *
 * @packageDocumentation
 */

export { eventually } from './eventually';
export { freePort } from './freePort';
export { gatewayManifest } from './gatewayManifest';
export { LLMD_ACTION_IDS } from './llmdActionIds';
export { postJson } from './postJson';
export type { EventuallyOptions } from './eventually';
export { repoRoot } from './repoRoot';
export { vendorPath } from './vendorPath';
export {
  guideShapedModelYaml,
  manyKeysYaml,
  modelWithConfigText,
  withFilesBeforeValidate,
} from './testModels';
