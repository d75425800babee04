/*
 * What OpenShift AI names its inference Gateway pieces; the tenant and shared-Gateway inputs default to these so
 * that a render matches a stock cluster.
 */

/**
 * The platform's GatewayClass for inference Gateways on OpenShift AI.
 *
 * @public
 */
export const DEFAULT_GATEWAY_CLASS_NAME = 'openshift-ai-inference';

/** The controller of OpenShift's Gateway API implementation (OpenShift Service Mesh / Istio). */
export const DEFAULT_GATEWAY_CONTROLLER = 'openshift.io/gateway-controller/v1';

/**
 * The platform's shared inference Gateway on OpenShift AI.
 *
 * @public
 */
export const DEFAULT_SHARED_GATEWAY = {
  name: 'openshift-ai-inference',
  namespace: 'openshift-ingress',
} as const;

/** The namespace label (value `"true"`) a shared Gateway selects to let a tenant's routes attach. */
export const DEFAULT_GATEWAY_ACCESS_LABEL = 'llm-d.ai/gateway-access';
