import { createHash } from 'node:crypto';
import { INFERENCE_POOL_V1_GROUP } from './inferencePoolStatus';
import { KubeObject } from './types';

/** The platform's shared Gateway, which LLMInferenceServices without `router.gateway.refs` attach to. */
export const DEFAULT_GATEWAY = {
  namespace: 'openshift-ingress',
  name: 'openshift-ai-inference',
};

const LONGEST_NAME = 63;

/** knative.dev/pkg `kmeta.ChildName`: `parent + suffix`, the parent shortened with its md5 when too long. */
export function childName(parent: string, suffix: string): string {
  if (parent.length <= LONGEST_NAME - suffix.length) return parent + suffix;
  const head = LONGEST_NAME - suffix.length;
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  if (head <= 32) return md5(parent + suffix);
  return `${parent.slice(0, head - 32)}${md5(parent)}${suffix}`;
}

/** The managed HTTPRoute's name (`expectedHTTPRoute`, pkg/controller/v1alpha1/llmisvc/router.go@v0.16.0). */
export const httpRouteNameOf = (name: string) =>
  childName(name, '-kserve-route');
/** The managed InferencePool's name (`expectedSchedulerInferencePool`, scheduler.go@v0.16.0). */
export const inferencePoolNameOf = (name: string) =>
  childName(name, '-inference-pool');

/** The Gateways of an LLMInferenceService: `spec.router.gateway.refs` (namespace defaulted), else the default. */
export function gatewayRefsOf(
  llmisvc: KubeObject,
): Array<{ namespace: string; name: string }> {
  const refs = ((llmisvc.spec as any)?.router?.gateway?.refs ?? []) as Array<{
    name?: string;
    namespace?: string;
  }>;
  const named = refs.filter(r => r.name);
  if (!named.length) return [DEFAULT_GATEWAY];
  return named.map(r => ({
    name: r.name!,
    namespace: r.namespace || llmisvc.metadata.namespace!,
  }));
}

/** Whether `spec.router.gateway.refs` names Gateways (only then KServe evaluates `GatewaysReady`). */
export function hasGatewayRefs(llmisvc: KubeObject): boolean {
  return ((llmisvc.spec as any)?.router?.gateway?.refs ?? []).some(
    (r: any) => r?.name,
  );
}

/** The controller ownerReference children of an object carry. */
export function ownerReferenceTo(owner: KubeObject) {
  return [
    {
      apiVersion: owner.apiVersion,
      kind: owner.kind,
      name: owner.metadata.name!,
      uid: owner.metadata.uid!,
      controller: true,
      blockOwnerDeletion: true,
    },
  ];
}

function labels(
  llmisvc: KubeObject,
  component: string,
): Record<string, string> {
  return {
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/name': llmisvc.metadata.name!,
    'app.kubernetes.io/part-of': 'llminferenceservice',
  };
}

/** The rules of config-llm-router-route.yaml@v0.16.0 for one model. */
function routeTemplate(llmisvc: KubeObject, poolGroup: string | undefined) {
  const { name, namespace } = llmisvc.metadata as {
    name: string;
    namespace: string;
  };
  const backendRef = poolGroup
    ? {
        group: poolGroup,
        kind: 'InferencePool',
        name: inferencePoolNameOf(name),
        port: 8000,
        weight: 1,
      }
    : {
        group: '',
        kind: 'Service',
        name: childName(name, '-kserve-workload-svc'),
        port: 8000,
        weight: 1,
      };
  return {
    rules: [
      {
        backendRefs: [backendRef],
        matches: [
          { path: { type: 'PathPrefix', value: `/${namespace}/${name}` } },
        ],
        filters: [
          {
            type: 'URLRewrite',
            urlRewrite: {
              path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/' },
            },
          },
        ],
        timeouts: { backendRequest: '0s', request: '0s' },
      },
    ],
  };
}

/**
 * The HTTPRoute KServe manages for `spec.router.route: {}`: the route template of
 * config/llmisvcconfig/config-llm-router-route.yaml@v0.16.0 (PathPrefix `/<ns>/<name>` rewritten to `/`, backend
 * the InferencePool on port 8000, or the workload Service without a scheduler), attached to the Gateway refs or the
 * default Gateway. A `route.http.spec` of the user replaces the template; Gateway refs still replace its parents.
 */
export function managedHttpRoute(
  llmisvc: KubeObject,
  poolGroup: string | undefined,
): KubeObject {
  const { name, namespace } = llmisvc.metadata as {
    name: string;
    namespace: string;
  };
  const router = (llmisvc.spec as any)?.router ?? {};
  const template = routeTemplate(llmisvc, poolGroup);
  const spec = structuredClone(router.route?.http?.spec ?? template);
  if (!router.route?.http?.spec || hasGatewayRefs(llmisvc)) {
    spec.parentRefs = gatewayRefsOf(llmisvc).map(ref => ({
      group: 'gateway.networking.k8s.io',
      kind: 'Gateway',
      ...ref,
    }));
  }
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: {
      name: httpRouteNameOf(name),
      namespace,
      labels: labels(llmisvc, 'llminferenceservice-router'),
      ownerReferences: ownerReferenceTo(llmisvc),
    },
    spec,
  };
}

/**
 * The InferencePool KServe creates for `spec.router.scheduler` (scheduler.go and config-llm-scheduler.yaml
 * @v0.16.0): selecting the model's pods on port 8000, its EndpointPicker the `<name>-epp-service`. GA v1 when
 * `inference.networking.k8s.io` is served (KServe ≥ v0.17), else the legacy v1alpha2.
 */
export function managedInferencePool(
  llmisvc: KubeObject,
  group: string,
): KubeObject {
  const { name, namespace } = llmisvc.metadata as {
    name: string;
    namespace: string;
  };
  const selector = labels(llmisvc, 'llminferenceservice-workload');
  const epp = childName(name, '-epp-service');
  const spec =
    group === INFERENCE_POOL_V1_GROUP
      ? {
          selector: { matchLabels: selector },
          targetPorts: [{ number: 8000 }],
          endpointPickerRef: {
            kind: 'Service',
            name: epp,
            port: { number: 9002 },
            failureMode: 'FailOpen',
          },
        }
      : {
          selector,
          targetPortNumber: 8000,
          extensionRef: { kind: 'Service', name: epp, failureMode: 'FailOpen' },
        };
  return {
    apiVersion:
      group === INFERENCE_POOL_V1_GROUP ? `${group}/v1` : `${group}/v1alpha2`,
    kind: 'InferencePool',
    metadata: {
      name: inferencePoolNameOf(name),
      namespace,
      labels: labels(llmisvc, 'llminferenceservice-scheduler'),
      ownerReferences: ownerReferenceTo(llmisvc),
    },
    spec,
  };
}
