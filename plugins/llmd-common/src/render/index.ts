export {
  DEFAULT_RENDER_TARGET,
  LLMISVC_API_VERSIONS,
  renderTargetSchema,
  resolveRenderTarget,
} from './renderTarget';
export type { LlmisvcApiVersion, RenderTarget } from './renderTarget';
export { gitopsYamlFile, kustomizationFile, toYamlStream } from './gitopsFile';
export type { GitopsFile, KubeManifest, RenderResult } from './gitopsFile';
export {
  formatInputProblem,
  parseRenderInput,
} from './inputs/parseRenderInput';
export type {
  InputProblem,
  ParsedRenderInput,
} from './inputs/parseRenderInput';
export { dnsLabel, dnsSubdomain, entityRef, port } from './inputs/inputFields';
