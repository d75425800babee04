import {
  diagnoseFault,
  expectedFault,
  type FaultCase,
  setCondition,
} from './__testUtils__/diagnoseScenario';
import { condition } from './__testUtils__/crdFixtures';
import { withoutCrd } from './__testUtils__/reachabilityFixtures';

// One broken link per case: the diagnosis names the step, its message and its fix.
const cases: FaultCase[] = [
  {
    name: 'AuthPolicy CRD missing with auth on: the controller deleted the HTTPRoute',
    breakIt: s => {
      withoutCrd(s, 'authpolicies.kuadrant.io');
      delete s.route;
      delete s.authPolicy;
      setCondition(
        s,
        'HTTPRoutesReady',
        'False',
        'GatewayPreconditionNotMet',
        'AuthPolicy CRD is not available, please install Red Hat Connectivity Link: precondition not met',
      );
    },
    verdict: 'unreachable',
    step: 'crds',
    message: /Kuadrant AuthPolicy \(auth is on\) is not installed/,
    fix: /install Red Hat Connectivity Link \(Kuadrant AuthPolicy CRD\), then touch the model: the controller deleted its HTTPRoute because auth is on/,
  },
  {
    name: 'Gateway not Programmed',
    breakIt: s => {
      s.gateway.status.conditions = [
        condition('Accepted'),
        condition(
          'Programmed',
          'False',
          'AddressNotAssigned',
          'No addresses have been assigned',
        ),
      ];
      setCondition(
        s,
        'GatewaysReady',
        'False',
        'GatewaysNotReady',
        'Gateway openshift-ingress/openshift-ai-inference is not ready',
      );
    },
    verdict: 'unreachable',
    step: 'gateway',
    message:
      /not programmed: Programmed=False \(AddressNotAssigned: No addresses have been assigned\).*GatewaysNotReady/,
    fix: /GatewayClass openshift-ai-inference/,
  },
  {
    name: 'referenced Gateway missing',
    breakIt: s => {
      s.model.spec.router.gateway.refs = [
        { name: 'team-a-gateway', namespace: 'team-a' },
      ];
      setCondition(
        s,
        'GatewaysReady',
        'False',
        'RefsInvalid',
        'Gateway team-a/team-a-gateway not found',
      );
    },
    verdict: 'unreachable',
    step: 'gateway',
    message: /Gateway team-a\/team-a-gateway does not exist.*RefsInvalid/,
    fix: /spec\.router\.gateway\.refs\[0\]/,
  },
  {
    name: 'Gateway without address (and so no URL)',
    breakIt: s => {
      s.gateway.status.addresses = [];
      delete s.model.status.url;
      delete s.model.status.addresses;
    },
    verdict: 'unreachable',
    step: 'gateway-address',
    message: /no external URL; KServe changes no condition for this/,
    fix: /MetalLB/,
  },
  {
    name: 'namespace not admitted by the shared Gateway (Selector)',
    breakIt: s => {
      delete s.namespace.metadata.labels!['llm-d.ai/gateway-access'];
    },
    verdict: 'unreachable',
    step: 'namespace-admitted',
    message:
      /does not admit routes from namespace team-a: listener http \(from: Selector/,
    fix: /kubectl label namespace team-a llm-d\.ai\/gateway-access=true/,
  },
  {
    name: 'namespace admitted through matchExpressions',
    breakIt: s => {
      s.gateway.spec.listeners[0].allowedRoutes.namespaces.selector = {
        matchExpressions: [{ key: 'tier', operator: 'In', values: ['gold'] }],
      };
      s.namespace.metadata.labels!.tier = 'silver';
    },
    verdict: 'unreachable',
    step: 'namespace-admitted',
    message: /matchExpressions/,
    fix: /label namespace team-a to match/,
  },
  {
    name: 'HTTPRoute parent not Accepted',
    breakIt: s => {
      s.route!.status.parents[0].conditions = [
        condition(
          'Accepted',
          'False',
          'NotAllowedByListeners',
          'No listener allows this route',
        ),
        condition('ResolvedRefs'),
      ];
    },
    verdict: 'unreachable',
    step: 'httproute',
    message:
      /does not accept HTTPRoute team-a\/granite-8b-kserve-route: Accepted=False \(NotAllowedByListeners/,
    fix: /namespace-admitted/,
  },
  {
    name: 'HTTPRoute with unresolved backend',
    breakIt: s => {
      s.route!.status.parents[0].conditions = [
        condition('Accepted'),
        condition('ResolvedRefs', 'False', 'BackendNotFound'),
      ];
    },
    verdict: 'unreachable',
    step: 'httproute',
    message: /ResolvedRefs=False \(BackendNotFound\)/,
    fix: /ReferenceGrant/,
  },
];

describe('diagnoseModel: broken links from the CRDs to the HTTPRoute', () => {
  it.each(cases)('$name', c => {
    expect(diagnoseFault(c)).toEqual(expectedFault(c));
  });
});
