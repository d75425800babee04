import {
  checkOf,
  type CheckCase,
  expectedCheck,
} from './__testUtils__/preflightScenario';
import { withoutCrd } from './__testUtils__/reachabilityFixtures';

const cases: CheckCase[] = [
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
];

describe('preflight: crd-leaderworkerset, crd-metallb', () => {
  it.each(cases)('$name', c => {
    expect(checkOf(c)).toEqual(expectedCheck(c));
  });
});
