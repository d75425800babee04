import { PREFLIGHT_CHECK_IDS, type PreflightCheckId } from '../api';
import { evaluateClusterPreflight } from './evaluateClusterPreflight';
import { memoryReachabilitySource } from './__testUtils__/memoryReachabilitySource';
import {
  condition,
  crd,
  healthyScenario,
  type ReachabilityScenario,
  scenarioObjects,
  withoutCrd,
} from './__testUtils__/reachabilityFixtures';
import type { KindAccess, ReachabilityKind } from './reachabilitySource';

function preflight(
  s: ReachabilityScenario,
  options: {
    access?: Partial<Record<ReachabilityKind, KindAccess>>;
    llmisvcApiVersion?: 'v1alpha1' | 'v1alpha2';
  } = {},
) {
  return evaluateClusterPreflight({
    cluster: 'prod',
    source: memoryReachabilitySource(scenarioObjects(s), options.access),
    llmisvcApiVersion: options.llmisvcApiVersion ?? 'v1alpha1',
  });
}

function check(
  s: ReachabilityScenario,
  id: PreflightCheckId,
  options?: Parameters<typeof preflight>[1],
) {
  return preflight(s, options).checks.find(c => c.id === id)!;
}

const CRDS_FORBIDDEN: Partial<Record<ReachabilityKind, KindAccess>> = {
  CustomResourceDefinition: {
    state: 'forbidden',
    permission: 'list, watch customresourcedefinitions.apiextensions.k8s.io',
  },
};

describe('evaluateClusterPreflight', () => {
  it('passes a healthy cluster, every check in order, with the CRDs found', () => {
    const result = preflight(healthyScenario());
    expect(result.checks.map(c => c.id)).toEqual([...PREFLIGHT_CHECK_IDS]);
    expect(result.checks.filter(c => c.status !== 'ok')).toEqual([]);
    expect(result.status).toBe('ok');
    expect(
      result.crds?.find(c => c.name === 'gateways.gateway.networking.k8s.io'),
    ).toEqual({
      name: 'gateways.gateway.networking.k8s.io',
      servedVersions: ['v1', 'v1beta1'],
      established: true,
      bundleVersion: 'v1.4.1',
    });
  });

  type Case = {
    name: string;
    breakIt?: (s: ReachabilityScenario) => void;
    access?: Partial<Record<ReachabilityKind, KindAccess>>;
    llmisvcApiVersion?: 'v1alpha1' | 'v1alpha2';
    id: PreflightCheckId;
    status: string;
    message: RegExp;
    fix?: RegExp;
    objects?: string[];
  };

  const cases: Case[] = [
    {
      name: 'LLMInferenceService CRD missing',
      breakIt: s => withoutCrd(s, 'llminferenceservices.serving.kserve.io'),
      id: 'crd-llminferenceservice',
      status: 'fail',
      message: /is not installed/,
      fix: /KServe/,
    },
    {
      name: 'LLMInferenceService CRD not serving the configured version',
      breakIt: s => {
        s.crds[0] = crd('llminferenceservices.serving.kserve.io', ['v1alpha1']);
      },
      llmisvcApiVersion: 'v1alpha2',
      id: 'crd-llminferenceservice',
      status: 'fail',
      message: /serves v1alpha1, but the portal reads v1alpha2/,
      fix: /llmd\.clusters\[\]\.defaults\.llmisvcApiVersion to v1alpha1/,
    },
    {
      name: 'LLMInferenceServiceConfig CRD missing',
      breakIt: s =>
        withoutCrd(s, 'llminferenceserviceconfigs.serving.kserve.io'),
      id: 'crd-llminferenceserviceconfig',
      status: 'fail',
      message: /not installed/,
    },
    {
      name: 'HTTPRoute CRD missing',
      breakIt: s => withoutCrd(s, 'httproutes.gateway.networking.k8s.io'),
      id: 'crd-gateway-api',
      status: 'fail',
      message: /missing: httproutes\.gateway\.networking\.k8s\.io/,
    },
    {
      name: 'Gateway API bundle older than KServe pins',
      breakIt: s => {
        s.crds = s.crds.map(c =>
          c.metadata.annotations
            ? crd(c.metadata.name, ['v1', 'v1beta1'], 'v1.1.0')
            : c,
        );
      },
      id: 'crd-gateway-api',
      status: 'warn',
      message: /bundle is v1\.1\.0: KServe for v1alpha1 pins v1\.2\.1/,
      fix: /upgrade the Gateway API CRDs/,
    },
    {
      name: 'Gateway API bundle v1.2.1 is enough for v1alpha1, not for v1alpha2',
      breakIt: s => {
        s.crds = s.crds.map(c =>
          c.metadata.annotations
            ? crd(c.metadata.name, ['v1', 'v1beta1'], 'v1.2.1')
            : c,
        );
      },
      llmisvcApiVersion: 'v1alpha2',
      id: 'crd-gateway-api',
      status: 'warn',
      message: /pins v1\.4\.1/,
    },
    {
      name: 'no InferencePool CRD',
      breakIt: s => {
        withoutCrd(s, 'inferencepools.inference.networking.k8s.io');
        withoutCrd(s, 'inferencepools.inference.networking.x-k8s.io');
      },
      id: 'crd-inferencepool',
      status: 'fail',
      message: /no InferencePool CRD/,
    },
    {
      name: 'only v1 InferencePool for KServe 0.16 templates',
      breakIt: s =>
        withoutCrd(s, 'inferencepools.inference.networking.x-k8s.io'),
      id: 'crd-inferencepool',
      status: 'warn',
      message:
        /served only as inference\.networking\.k8s\.io\/v1; KServe for v1alpha1 uses inference\.networking\.x-k8s\.io\/v1alpha2/,
    },
    {
      name: 'only v1 InferencePool is right for v1alpha2',
      breakIt: s =>
        withoutCrd(s, 'inferencepools.inference.networking.x-k8s.io'),
      llmisvcApiVersion: 'v1alpha2',
      id: 'crd-inferencepool',
      status: 'ok',
      message: /served as inference\.networking\.k8s\.io\/v1$/,
    },
    {
      name: 'AuthPolicy CRD missing with an auth-on model',
      breakIt: s => withoutCrd(s, 'authpolicies.kuadrant.io'),
      id: 'crd-authpolicy',
      status: 'fail',
      message: /1 routed model\(s\) have auth on/,
      fix: /Red Hat Connectivity Link 1\.1\.1 or later .* Kuadrant CR/,
      objects: ['LLMInferenceService team-a/granite-8b'],
    },
    {
      name: 'AuthPolicy CRD missing, every model with auth off',
      breakIt: s => {
        withoutCrd(s, 'authpolicies.kuadrant.io');
        s.model.metadata.annotations!['security.opendatahub.io/enable-auth'] =
          'FALSE';
      },
      id: 'crd-authpolicy',
      status: 'warn',
      message: /needed once a model enables auth/,
    },
    {
      name: 'LWS missing without multi-node models',
      breakIt: s => withoutCrd(s, 'leaderworkersets.leaderworkerset.x-k8s.io'),
      id: 'crd-leaderworkerset',
      status: 'ok',
      message: /only needed for multi-node/,
    },
    {
      name: 'LWS missing with a multi-node model',
      breakIt: s => {
        withoutCrd(s, 'leaderworkersets.leaderworkerset.x-k8s.io');
        s.model.spec.worker = { containers: [] };
      },
      id: 'crd-leaderworkerset',
      status: 'fail',
      message: /1 multi-node model/,
      objects: ['LLMInferenceService team-a/granite-8b'],
    },
    {
      name: 'MetalLB missing, every Gateway with an address',
      breakIt: s => withoutCrd(s, 'ipaddresspools.metallb.io'),
      id: 'crd-metallb',
      status: 'ok',
      message: /not needed/,
    },
    {
      name: 'MetalLB missing and a Gateway without an address',
      breakIt: s => {
        withoutCrd(s, 'ipaddresspools.metallb.io');
        s.gateway.status.addresses = [];
      },
      id: 'crd-metallb',
      status: 'warn',
      message: /1 Gateway\(s\) have no address/,
      objects: ['Gateway openshift-ingress/openshift-ai-inference'],
    },
    {
      name: 'GatewayClass not accepted',
      breakIt: s => {
        s.gatewayClass.status.conditions = [
          condition('Accepted', 'False', 'InvalidParameters'),
        ];
      },
      id: 'gatewayclasses',
      status: 'fail',
      message:
        /GatewayClass openshift-ai-inference is not accepted: Accepted=False \(InvalidParameters\)/,
    },
    {
      name: 'GatewayClass missing',
      breakIt: s => {
        s.gateway.spec.gatewayClassName = 'istio';
      },
      id: 'gatewayclasses',
      status: 'fail',
      message: /GatewayClass istio does not exist/,
      objects: ['GatewayClass istio'],
    },
    {
      name: 'Gateway not programmed',
      breakIt: s => {
        s.gateway.status.conditions = [
          condition('Programmed', 'False', 'Pending'),
        ];
      },
      id: 'gateways',
      status: 'fail',
      message:
        /openshift-ingress\/openshift-ai-inference Programmed=False \(Pending\)/,
      objects: ['Gateway openshift-ingress/openshift-ai-inference'],
    },
    {
      name: 'Gateway without an address',
      breakIt: s => {
        s.gateway.status.addresses = [];
      },
      id: 'gateways',
      status: 'fail',
      message: /no status\.addresses/,
      fix: /MetalLB/,
    },
    {
      name: 'scheduler template missing',
      breakIt: s => {
        delete s.schedulerTemplate;
      },
      id: 'scheduler-template',
      status: 'fail',
      message:
        /no LLMInferenceServiceConfig kserve-config-llm-scheduler in redhat-ods-applications, opendatahub, kserve/,
    },
    {
      name: 'CRDs forbidden: the served kinds decide',
      access: CRDS_FORBIDDEN,
      id: 'crd-gateway-api',
      status: 'ok',
      message: /versions unknown/,
    },
    {
      name: 'CRDs forbidden: a 404 on HTTPRoutes means the CRD is missing',
      access: { ...CRDS_FORBIDDEN, HTTPRoute: { state: 'not-installed' } },
      id: 'crd-gateway-api',
      status: 'fail',
      message: /httproutes\.gateway\.networking\.k8s\.io/,
    },
    {
      name: 'CRDs forbidden and nothing else tells: unknown, naming the permission',
      breakIt: s => {
        s.gateway.status.addresses = [];
      },
      access: CRDS_FORBIDDEN,
      id: 'crd-metallb',
      status: 'unknown',
      message:
        /cannot tell whether ipaddresspools\.metallb\.io is installed: the portal may not read CustomResourceDefinition objects \(missing permission: list, watch customresourcedefinitions\.apiextensions\.k8s\.io\)/,
      fix: /grant the portal's service account list, watch customresourcedefinitions/,
    },
    {
      name: 'Gateways not synced yet',
      access: { Gateway: { state: 'pending' } },
      id: 'gateways',
      status: 'unknown',
      message: /not synced yet/,
    },
  ];

  it.each(cases)('$name', c => {
    const s = healthyScenario();
    c.breakIt?.(s);
    const result = check(s, c.id, {
      access: c.access,
      llmisvcApiVersion: c.llmisvcApiVersion,
    });
    expect(result.status).toBe(c.status);
    expect(result.message).toMatch(c.message);
    expect(result.fix ?? '').toMatch(c.fix ?? /.*/);
    expect(result.objects).toEqual(c.objects ?? result.objects);
    expect(c.status === 'ok' || Boolean(result.fix)).toBe(true);
  });

  it('reports the worst status: fail over unknown over warn', () => {
    const s = healthyScenario();
    withoutCrd(s, 'ipaddresspools.metallb.io');
    s.gateway.status.addresses = [];
    expect(preflight(s).status).toBe('fail');
    const warnOnly = healthyScenario();
    withoutCrd(warnOnly, 'authpolicies.kuadrant.io');
    warnOnly.model.metadata.annotations![
      'security.opendatahub.io/enable-auth'
    ] = 'false';
    expect(preflight(warnOnly).status).toBe('warn');
    expect(
      preflight(healthyScenario(), {
        access: { Gateway: { state: 'pending' } },
      }).status,
    ).toBe('unknown');
  });

  it('omits crds when CRDs may not be read', () => {
    expect(
      preflight(healthyScenario(), { access: CRDS_FORBIDDEN }).crds,
    ).toBeUndefined();
  });
});
