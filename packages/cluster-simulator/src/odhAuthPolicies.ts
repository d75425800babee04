import {
  childName,
  httpRouteNameOf,
  ownerReferenceTo,
} from './managedRouterObjects';
import { ControllerStore, keyOf } from './ControllerStore';
import { gatewayRefsOf } from './managedRouterObjects';
import { StoredObject } from './StoredObject';
import { KubeObject } from './types';

/** The annotation that turns OpenShift AI's model auth off. */
const ENABLE_AUTH = 'security.opendatahub.io/enable-auth';

/**
 * OpenShift AI's `IsAuthEnabled()`: on unless the annotation is a case-insensitive "false"
 * (odh-model-controller@57b43aad internal/controller/resources/authpolicy.go `Detect`).
 */
export function authEnabled(llmisvc: KubeObject): boolean {
  const value = llmisvc.metadata.annotations?.[ENABLE_AUTH];
  return value === undefined || value.trim().toLowerCase() !== 'false';
}

/** The AuthPolicy name of a target (`constants.GetAuthPolicyName`, odh-model-controller@57b43aad). */
export const authPolicyNameOf = (target: string) => childName(target, '-authn');

function managedLabels(name: string): Record<string, string> {
  return {
    'app.kubernetes.io/component': 'llminferenceservice-policies',
    'app.kubernetes.io/part-of': 'llminferenceservice',
    'app.kubernetes.io/managed-by': 'odh-model-controller',
    'app.kubernetes.io/name': name,
  };
}

/**
 * The AuthPolicy odh-model-controller's Gateway reconciler puts on a Gateway LLMInferenceServices use
 * (gateway_controller.go `reconcileAuthPolicy`, template authpolicy_llm_isvc_userdefined.yaml, shortened): a
 * Kubernetes TokenReview and a SubjectAccessReview `get` on `llminferenceservices` of the path's
 * `/<namespace>/<name>`. Every auth-on model behind the Gateway is protected by it.
 */
function gatewayAuthPolicy(gateway: KubeObject): KubeObject {
  const { name, namespace } = gateway.metadata as {
    name: string;
    namespace: string;
  };
  return {
    apiVersion: 'kuadrant.io/v1',
    kind: 'AuthPolicy',
    metadata: {
      name: authPolicyNameOf(name),
      namespace,
      labels: managedLabels('llminferenceservice-auth'),
      ownerReferences: ownerReferenceTo(gateway),
    },
    spec: {
      targetRef: { group: 'gateway.networking.k8s.io', kind: 'Gateway', name },
      rules: {
        authentication: {
          'kubernetes-user': {
            kubernetesTokenReview: {
              audiences: ['https://kubernetes.default.svc'],
            },
          },
        },
        authorization: {
          'inference-access': {
            kubernetesSubjectAccessReview: {
              user: { expression: 'auth.identity.user.username' },
              resourceAttributes: {
                group: { value: 'serving.kserve.io' },
                resource: { value: 'llminferenceservices' },
                namespace: { expression: 'request.path.split("/")[1]' },
                name: { expression: 'request.path.split("/")[2]' },
                verb: { value: 'get' },
              },
            },
          },
        },
      },
    },
  };
}

/**
 * The anonymous AuthPolicy odh-model-controller puts on the HTTPRoute of a model with auth off, overriding the
 * Gateway's policy (kserve_authpolicy_reconciler.go, template authpolicy_anonymous.yaml); with auth on it deletes
 * it again.
 */
export function anonymousRouteAuthPolicy(llmisvc: KubeObject): KubeObject {
  const { name, namespace } = llmisvc.metadata as {
    name: string;
    namespace: string;
  };
  const route = httpRouteNameOf(name);
  return {
    apiVersion: 'kuadrant.io/v1',
    kind: 'AuthPolicy',
    metadata: {
      name: authPolicyNameOf(route),
      namespace,
      labels: managedLabels(name),
      ownerReferences: ownerReferenceTo(llmisvc),
    },
    spec: {
      targetRef: {
        group: 'gateway.networking.k8s.io',
        kind: 'HTTPRoute',
        name: route,
      },
      rules: {
        authentication: {
          public: { anonymous: {}, metrics: false, priority: 0 },
        },
      },
    },
  };
}

/**
 * odh-model-controller's Gateway reconciler (gateway_controller.go@57b43aad): a Gateway some LLMInferenceService
 * uses gets {@link gatewayAuthPolicy} (unless a policy of that name is not its own); one no longer used loses it.
 */
export function reconcileGatewayAuthPolicy(
  store: ControllerStore,
  stored: StoredObject,
): void {
  const key = keyOf(stored);
  const gateway = stored.object as KubeObject;
  if (!store.serves('authPolicy')) return;
  const inUse = store
    .list('llmisvc')
    .some(m =>
      gatewayRefsOf(m.object as KubeObject).some(
        ref => `${ref.namespace}/${ref.name}` === key,
      ),
    );
  const policyKey = `${stored.namespace}/${authPolicyNameOf(stored.name)}`;
  const existing = store.get('authPolicy', policyKey);
  const managed =
    existing?.object.metadata.labels?.['app.kubernetes.io/managed-by'] ===
    'odh-model-controller';
  if (inUse && (!existing || managed))
    store.ensure('authPolicy', gatewayAuthPolicy(gateway));
  else if (!inUse && managed) store.remove('authPolicy', policyKey);
}
