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
export { entityRef, port } from './inputs/inputFields';
// Tenants, shared Gateways and MetalLB (platform renderers).
export {
  DEFAULT_GATEWAY_ACCESS_LABEL,
  DEFAULT_GATEWAY_CLASS_NAME,
  DEFAULT_GATEWAY_CONTROLLER,
  DEFAULT_SHARED_GATEWAY,
} from './platformGatewayDefaults';
export {
  DEFAULT_LISTENER_PORTS,
  GATEWAY_LISTENER_PROTOCOLS,
  gatewayListenerInputSchema,
  gatewayListenersSchema,
} from './gatewayListenerInput';
export type {
  GatewayListenerInput,
  GatewayListenerProtocol,
} from './gatewayListenerInput';
export {
  defaultTenantGatewayName,
  TENANT_GATEWAY_MODES,
  tenantInputSchema,
} from './tenantInput';
export type {
  DedicatedTenantGateway,
  SharedTenantGateway,
  TenantInput,
  TenantInputRaw,
} from './tenantInput';
export { renderTenant, tenantBaseDir } from './renderTenant';
export { gatewayInputSchema } from './gatewayInput';
export type {
  AllowedGatewayNamespaces,
  GatewayInput,
  GatewayInputRaw,
} from './gatewayInput';
export { renderGateway, sharedGatewayDir } from './renderGateway';
export {
  DEFAULT_METALLB_POOL_NAME,
  METALLB_MODES,
  metallbInputSchema,
} from './metallbInput';
export type {
  MetallbBgpInput,
  MetallbInput,
  MetallbInputRaw,
} from './metallbInput';
export {
  METALLB_INSTANCE_DIR,
  METALLB_NAMESPACE,
  METALLB_OPERATOR_DIR,
  renderMetallb,
} from './renderMetallb';
export { labelKey, labelValue } from './inputs/labelKey';
export { ipAddress } from './inputs/ipAddress';
export { ipAddressRange } from './inputs/ipAddressRange';
export { modelInputSchema } from './model/modelInput';
export type { ModelInput, ModelInputRaw } from './model/modelInput';
export {
  DEFAULT_PREFILL_THRESHOLD,
  MODEL_ROUTING_PRESETS,
  modelRoutingInputSchema,
} from './model/modelRoutingInput';
export type {
  ModelRoutingInput,
  ModelRoutingPreset,
} from './model/modelRoutingInput';
export { modelInputProblems, parseModelInput } from './model/parseModelInput';
export {
  modelServiceDir,
  renderModelService,
} from './model/renderModelService';
export {
  MANAGED_CLIENT_LABEL,
  modelClientServiceAccountName,
  renderModelAccess,
} from './model/renderModelAccess';
export { STARTUP_PROBE_PRESETS } from './model/startupProbe';
export type {
  StartupProbePresetId,
  StartupProbeTiming,
} from './model/startupProbe';
export { isRenderKind, RENDER_KINDS, renderFromInput } from './renderFromInput';
export type { RenderKind, RenderOutcome } from './renderFromInput';
