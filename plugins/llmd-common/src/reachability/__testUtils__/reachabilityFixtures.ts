import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import { parse } from 'yaml';
import type { KubeObjectLike } from '../../kube/kubeObject';

/*
 * Test-only: a healthy OpenShift-AI-like cluster around model team-a/granite-8b, built from the example GitOps
 * repository (examples/gitops: the shared Gateway openshift-ingress/openshift-ai-inference admitting namespaces
 * labelled llm-d.ai/gateway-access=true, tenant namespace team-a, the granite-8b LLMInferenceService) plus the status
 * the Gateway implementation and the KServe controller write. CRD names, versions and bundle annotations are those of
 * the vendored CRDs (vendor/crds, vendor/kserve). Tests change one piece to break one link.
 */
import { allCrds, condition, type FixtureObject } from './crdFixtures';

function readExample(relative: string): FixtureObject {
  return parse(
    fs.readFileSync(path.join(repoRoot, 'examples/gitops', relative), 'utf8'),
  );
}
/** The pieces of the healthy cluster; a test replaces or deletes one. */
export interface ReachabilityScenario {
  crds: FixtureObject[];
  namespace: FixtureObject;
  gatewayClass: FixtureObject;
  gateway: FixtureObject;
  model: FixtureObject;
  route?: FixtureObject;
  pool?: FixtureObject;
  authPolicy?: FixtureObject;
  schedulerTemplate?: FixtureObject;
  extra: FixtureObject[];
}

const GATEWAY_REF = {
  group: 'gateway.networking.k8s.io',
  kind: 'Gateway',
  name: 'openshift-ai-inference',
  namespace: 'openshift-ingress',
};

function routeFor(): FixtureObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: {
      name: 'granite-8b-kserve-route',
      namespace: 'team-a',
      labels: {
        'app.kubernetes.io/name': 'granite-8b',
        'app.kubernetes.io/component': 'llminferenceservice-router',
        'app.kubernetes.io/part-of': 'llminferenceservice',
      },
      ownerReferences: [
        {
          apiVersion: 'serving.kserve.io/v1alpha1',
          kind: 'LLMInferenceService',
          name: 'granite-8b',
          uid: 'u1',
          controller: true,
        },
      ],
    } as FixtureObject['metadata'],
    spec: {
      parentRefs: [GATEWAY_REF],
      rules: [
        {
          backendRefs: [
            {
              group: 'inference.networking.k8s.io',
              kind: 'InferencePool',
              name: 'granite-8b-inference-pool',
              port: 8000,
            },
          ],
          matches: [
            { path: { type: 'PathPrefix', value: '/team-a/granite-8b' } },
          ],
        },
      ],
    },
    status: {
      parents: [
        {
          parentRef: GATEWAY_REF,
          controllerName: 'openshift.io/gateway-controller/v1',
          conditions: [condition('Accepted'), condition('ResolvedRefs')],
        },
        // Kuadrant's policy controller writes its own entry without Accepted; KServe skips it
        {
          parentRef: GATEWAY_REF,
          controllerName: 'kuadrant.io/policy-controller',
          conditions: [
            condition('kuadrant.io/AuthPolicyAffected', 'True', 'Accepted'),
          ],
        },
      ],
    },
  };
}

function poolFor(): FixtureObject {
  return {
    apiVersion: 'inference.networking.k8s.io/v1',
    kind: 'InferencePool',
    metadata: { name: 'granite-8b-inference-pool', namespace: 'team-a' },
    spec: {
      selector: { matchLabels: { 'app.kubernetes.io/name': 'granite-8b' } },
      targetPorts: [{ number: 8000 }],
      endpointPickerRef: {
        name: 'granite-8b-epp-service',
        port: { number: 9002 },
      },
    },
    status: {
      parents: [
        {
          parentRef: {
            group: 'gateway.networking.k8s.io',
            kind: 'Gateway',
            name: 'openshift-ai-inference',
            namespace: 'openshift-ingress',
          },
          conditions: [condition('Accepted'), condition('ResolvedRefs')],
        },
      ],
    },
  };
}

function authPolicyFor(): FixtureObject {
  return {
    apiVersion: 'kuadrant.io/v1',
    kind: 'AuthPolicy',
    metadata: {
      name: 'openshift-ai-inference-authn',
      namespace: 'openshift-ingress',
    },
    spec: {
      targetRef: {
        group: 'gateway.networking.k8s.io',
        kind: 'Gateway',
        name: 'openshift-ai-inference',
      },
      rules: {
        authentication: {
          'kubernetes-user': {
            kubernetesTokenReview: {
              audiences: ['https://kubernetes.default.svc'],
            },
          },
        },
      },
    },
    status: { conditions: [condition('Accepted'), condition('Enforced')] },
  };
}

/** The granite-8b example attached to the shared Gateway (refs dropped), with a healthy controller status. */
function modelFor(): FixtureObject {
  const model = readExample(
    'tenants/team-a/models/granite-8b/llminferenceservice.yaml',
  );
  model.spec.router.gateway = {
    refs: [{ name: 'openshift-ai-inference', namespace: 'openshift-ingress' }],
  };
  model.status = {
    url: 'http://203.0.113.10/team-a/granite-8b',
    addresses: [
      {
        name: 'gateway-external',
        url: 'http://203.0.113.10/team-a/granite-8b',
      },
    ],
    conditions: [
      'Ready',
      'WorkloadsReady',
      'MainWorkloadReady',
      'RouterReady',
      'GatewaysReady',
      'HTTPRoutesReady',
      'InferencePoolReady',
      'SchedulerWorkloadReady',
      'PresetsCombined',
    ].map(t => condition(t)),
    workloads: {
      primary: {
        apiGroup: 'apps',
        kind: 'Deployment',
        name: 'granite-8b-kserve',
        readyReplicas: 2,
      },
      scheduler: {
        apiGroup: 'apps',
        kind: 'Deployment',
        name: 'granite-8b-kserve-router-scheduler',
        readyReplicas: 1,
      },
    },
  };
  return model;
}

/** The healthy cluster. */
export function healthyScenario(): ReachabilityScenario {
  const gateway = readExample(
    'platform/gateways/openshift-ai-inference/gateway.yaml',
  );
  gateway.status = {
    addresses: [{ type: 'IPAddress', value: '203.0.113.10' }],
    conditions: [condition('Accepted'), condition('Programmed')],
  };
  const gatewayClass = readExample(
    'platform/gateways/openshift-ai-inference/gatewayclass.yaml',
  );
  gatewayClass.status = { conditions: [condition('Accepted')] };
  const namespace = readExample('tenants/team-a/base/namespace.yaml');
  namespace.metadata.labels = {
    ...namespace.metadata.labels,
    'kubernetes.io/metadata.name': 'team-a',
    'llm-d.ai/gateway-access': 'true',
  };
  return {
    crds: allCrds(),
    namespace,
    gatewayClass,
    gateway,
    model: modelFor(),
    route: routeFor(),
    pool: poolFor(),
    authPolicy: authPolicyFor(),
    schedulerTemplate: {
      apiVersion: 'serving.kserve.io/v1alpha1',
      kind: 'LLMInferenceServiceConfig',
      metadata: {
        name: 'kserve-config-llm-scheduler',
        namespace: 'redhat-ods-applications',
      },
      spec: {},
    },
    extra: [],
  };
}

/** The objects of a scenario, for memoryReachabilitySource. */
export function scenarioObjects(s: ReachabilityScenario): KubeObjectLike[] {
  return [
    ...s.crds,
    s.namespace,
    s.gatewayClass,
    s.gateway,
    s.model,
    ...[s.route, s.pool, s.authPolicy, s.schedulerTemplate].filter(
      (o): o is FixtureObject => Boolean(o),
    ),
    ...s.extra,
  ];
}

/** Removes the CRD of that name from a scenario. */
export function withoutCrd(s: ReachabilityScenario, name: string): void {
  s.crds = s.crds.filter(c => c.metadata.name !== name);
}
