/*
 * Endpoints of a model service (from its status or its Gateways) and client snippets calling them.
 */

export {
  deriveModelEndpoints,
  primaryModelEndpoint,
} from './deriveModelEndpoints';
export type {
  DeriveModelEndpointsOptions,
  GatewayRef,
} from './deriveModelEndpoints';
export { gatewayRefsOf } from './gatewayRefsOf';
export type { ModelGatewayRef } from './gatewayRefsOf';
export { gatewayRootUrls } from './gatewayUrls';
export { clientSnippets, TOKEN_ENV_VAR } from './clientSnippets';
export type { ClientSnippetOptions } from './clientSnippets';
