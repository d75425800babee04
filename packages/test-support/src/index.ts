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
export { startPrometheus } from './prometheus/startPrometheus';
export type {
  PrometheusNaming,
  StartPrometheusOptions,
  TestPrometheus,
} from './prometheus/startPrometheus';
export { queryPrometheus } from './prometheus/queryPrometheus';
export type { PrometheusSample } from './prometheus/queryPrometheus';
export type { EventuallyOptions } from './eventually';
export { repoRoot } from './repoRoot';
export { vendorPath } from './vendorPath';
export {
  guideShapedModelYaml,
  manyKeysYaml,
  modelWithConfigText,
  withFilesBeforeValidate,
} from './testModels';
