export {
  LLMISVC_API_VERSIONS,
  renderTargetSchema,
  resolveRenderTarget,
  SCHEDULER_TEMPLATES,
} from './renderTarget';
export type {
  LlmisvcApiVersion,
  RenderTarget,
  SchedulerTemplate,
} from './renderTarget';
export type { GitopsFile, KubeManifest, RenderResult } from './gitopsFile';
export { formatInputProblem } from './inputs/parseRenderInput';
export type {
  InputProblem,
  ParsedRenderInput,
} from './inputs/parseRenderInput';
export { entityRef, port } from './inputs/inputFields';
// Tenants, shared Gateways and MetalLB (platform renderers).
export {
  DEFAULT_GATEWAY_CLASS_NAME,
  DEFAULT_SHARED_GATEWAY,
} from './platformGatewayDefaults';
export type { GatewayListenerInput } from './gatewayListenerInput';
export { gatewayListenerInputSchema } from './gatewayListenerInput';
export { tenantInputSchema } from './tenantInput';
export type {
  DedicatedTenantGateway,
  SharedTenantGateway,
  TenantInput,
} from './tenantInput';
export { renderTenant } from './renderTenant';
export { gatewayInputSchema } from './gatewayInput';
export type { AllowedGatewayNamespaces, GatewayInput } from './gatewayInput';
export { renderGateway } from './renderGateway';
export { metallbBgpInputSchema, metallbInputSchema } from './metallbInput';
export { argocdInputSchema } from './argocdInput';
export type { ArgocdInput } from './argocdInput';
export { renderArgoApplicationSet } from './renderArgoApplicationSet';
export type {
  MetallbBgpInput,
  MetallbInput,
  MetallbInputCommon,
} from './metallbInput';
export { labelKey } from './inputs/labelKey';
export { modelInputSchema } from './model/modelInput';
export type { ModelInput } from './model/modelInput';
export type { TolerationInput, TolerationsInput } from './model/tolerations';
export { tolerationSchema } from './model/tolerations';
export {
  DEFAULT_PREFILL_THRESHOLD,
  MODEL_ROUTING_PRESETS,
} from './model/modelRoutingInput';
export type { ModelRoutingPreset } from './model/modelRoutingInput';
export { parseModelInput } from './model/parseModelInput';
export {
  modelServiceDir,
  renderModelService,
} from './model/renderModelService';
export {
  MANAGED_CLIENT_LABEL,
  modelClientServiceAccountName,
  renderModelAccess,
} from './model/renderModelAccess';
export { isRenderKind, RENDER_KINDS, renderFromInput } from './renderFromInput';
export type { RenderKind, RenderOutcome } from './renderFromInput';
