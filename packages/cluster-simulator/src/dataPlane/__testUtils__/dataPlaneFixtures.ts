import { eventually } from '@internal/test-support';
import { SIMULATION_ANNOTATIONS } from '../../simulationAnnotations';
import { ClusterSimulator } from '../../types';
import { HttpResponse, sendHttp } from '../../__testUtils__/sendHttp';

const GATEWAY_API = 'gateway.networking.k8s.io';
const ENABLE_AUTH = 'security.opendatahub.io/enable-auth';

/** A Gateway with one listener (HTTP on 80 or HTTPS on 443) admitting routes from every namespace or its own. */
export function gatewayObject(
  namespace: string,
  name: string,
  protocol: 'HTTP' | 'HTTPS' = 'HTTP',
  from: 'All' | 'Same' = 'All',
) {
  return {
    apiVersion: `${GATEWAY_API}/v1`,
    kind: 'Gateway',
    metadata: { namespace, name },
    spec: {
      gatewayClassName: 'openshift-ai-inference',
      listeners: [
        {
          name: protocol.toLowerCase(),
          protocol,
          port: protocol === 'HTTPS' ? 443 : 80,
          allowedRoutes: { namespaces: { from } },
        },
      ],
    },
  };
}

/** Options of {@link modelObject}. */
export interface ModelFixtureOptions {
  gateway: { namespace: string; name: string };
  /** `spec.model.name`; default none (the served name is the resource's name). */
  servedName?: string;
  /** OpenShift AI's auth (`security.opendatahub.io/enable-auth`); default on, as there. */
  auth?: boolean;
  /** Leave `spec.router.route` out: KServe then manages no HTTPRoute. */
  noRoute?: boolean;
  /** Extra annotations (e.g. the simulation fault annotations). */
  annotations?: Record<string, string>;
}

/**
 * An LLMInferenceService attached to a Gateway; the simulated controller creates its HTTPRoute, InferencePool and
 * AuthPolicies as OpenShift AI does.
 */
export function modelObject(
  namespace: string,
  name: string,
  options: ModelFixtureOptions,
): object {
  return {
    apiVersion: 'serving.kserve.io/v1alpha1',
    kind: 'LLMInferenceService',
    metadata: {
      namespace,
      name,
      annotations: {
        ...(options.auth === false ? { [ENABLE_AUTH]: 'false' } : {}),
        ...options.annotations,
      },
    },
    spec: {
      model: {
        uri: `hf://example/${name}`,
        ...(options.servedName ? { name: options.servedName } : {}),
      },
      router: {
        gateway: { refs: [options.gateway] },
        ...(options.noRoute ? {} : { route: {} }),
        scheduler: {},
      },
    },
  };
}

/** A ServiceAccount allowed to `get` one LLMInferenceService (a model's `access.yaml`). */
export function modelClientObjects(
  namespace: string,
  serviceAccount: string,
  model?: string,
): object[] {
  const sa = {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { namespace, name: serviceAccount },
  };
  if (!model) return [sa];
  return [
    sa,
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { namespace, name: `${model}-user` },
      rules: [
        {
          apiGroups: ['serving.kserve.io'],
          resources: ['llminferenceservices'],
          resourceNames: [model],
          verbs: ['get'],
        },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { namespace, name: `${model}-user` },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'Role',
        name: `${model}-user`,
      },
      subjects: [{ kind: 'ServiceAccount', name: serviceAccount, namespace }],
    },
  ];
}

/** The fault annotation that takes a model's pods down. */
export const NO_READY_REPLICAS = {
  [SIMULATION_ANNOTATIONS.readyReplicas]: '0',
};

/** One HTTP(S) request to a loopback URL (trusting `caData` when given). */
export function httpCall(
  url: string,
  options: {
    method?: string;
    token?: string;
    body?: unknown;
    caData?: string;
  } = {},
): Promise<HttpResponse> {
  const target = new URL(url);
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const body =
    typeof options.body === 'string' || options.body === undefined
      ? options.body
      : JSON.stringify(options.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return sendHttp(target, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
    caData: options.caData,
    description: `request to ${url}`,
  });
}

/** The `data:` payloads of a server-sent event stream, in order. */
export function sseData(text: string): string[] {
  return text
    .split('\n\n')
    .filter(event => event.startsWith('data: '))
    .map(event => event.slice('data: '.length));
}

/** A model's `status.url` once the controller has pointed it at its Gateway's loopback listener. */
export function modelUrl(
  sim: ClusterSimulator,
  namespace: string,
  name: string,
): Promise<string> {
  return eventually(`status.url of ${namespace}/${name} on loopback`, () => {
    const model = sim.get(
      'serving.kserve.io/v1alpha1',
      'LLMInferenceService',
      namespace,
      name,
    ) as { status?: { url?: string } } | undefined;
    const url = model?.status?.url;
    return url && /^https?:\/\/127\.0\.0\.1:\d+\//.test(url) ? url : undefined;
  });
}
