import type { AuxiliaryKind } from '../types';
import { llmisvc, gateway } from './simulatorFixtures';

/** The kinds read besides the models, their configs and Gateways, spelled out so that a kind the code drops fails the tests. */
export const AUXILIARY: readonly AuxiliaryKind[] = [
  'GatewayClass',
  'HTTPRoute',
  'InferencePool',
  'InferencePoolV1alpha2',
  'AuthPolicy',
  'Namespace',
  'CustomResourceDefinition',
];

/** The sorted names of objects. */
export const names = (objects: readonly { metadata: { name: string } }[]) =>
  objects.map(o => o.metadata.name).sort();

/** A Namespace with labels (Gateway listeners admit namespaces by label). */
function namespace(name: string, labels: Record<string, string> = {}) {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

/** An HTTPRoute attached to the platform Gateway. */
export function httpRoute(ns: string, name: string) {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { namespace: ns, name },
    spec: {
      parentRefs: [
        { name: 'openshift-ai-inference', namespace: 'openshift-ingress' },
      ],
    },
  };
}

/** An InferencePool of either API group. */
function inferencePool(ns: string, name: string, legacy = false) {
  return {
    apiVersion: legacy
      ? 'inference.networking.x-k8s.io/v1alpha2'
      : 'inference.networking.k8s.io/v1',
    kind: 'InferencePool',
    metadata: { namespace: ns, name },
    spec: { selector: { matchLabels: { app: name } } },
  };
}

/** A Kuadrant AuthPolicy targeting a route. */
export function authPolicy(ns: string, name: string) {
  return {
    apiVersion: 'kuadrant.io/v1',
    kind: 'AuthPolicy',
    metadata: { namespace: ns, name },
    spec: {
      targetRef: {
        group: 'gateway.networking.k8s.io',
        kind: 'HTTPRoute',
        name,
      },
    },
  };
}

/**
 * Two tenants' models on the platform Gateway: team-a with a route, a v1 pool and an AuthPolicy, team-b with a
 * legacy v1alpha2 pool.
 */
export function reachabilitySeed(): object[] {
  return [
    namespace('team-a', { tenant: 'a' }),
    namespace('team-b', { tenant: 'b' }),
    namespace('openshift-ingress'),
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'GatewayClass',
      metadata: { name: 'openshift-default' },
      spec: { controllerName: 'openshift.io/gateway-controller/v1' },
    },
    gateway('openshift-ingress', 'openshift-ai-inference'),
    llmisvc('team-a', 'm1', { spec: { router: { gateway: {}, route: {} } } }),
    llmisvc('team-b', 'm2', { spec: { router: { gateway: {}, route: {} } } }),
    httpRoute('team-a', 'm1'),
    httpRoute('team-b', 'm2'),
    inferencePool('team-a', 'm1'),
    inferencePool('team-b', 'm2', true),
    authPolicy('team-a', 'm1'),
  ];
}

/** Every resource the cache reads, for a token's rules. */
export const CACHE_RESOURCES = [
  'llminferenceservices',
  'llminferenceserviceconfigs',
  'gateways',
  'configmaps',
  'gatewayclasses',
  'httproutes',
  'inferencepools',
  'authpolicies',
  'namespaces',
  'customresourcedefinitions',
];
