import {
  checkOf,
  type CheckCase,
  expectedCheck,
} from './__testUtils__/preflightScenario';
import { condition } from './__testUtils__/crdFixtures';

const cases: CheckCase[] = [
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
];

describe('preflight: gatewayclasses, gateways', () => {
  it.each(cases)('$name', c => {
    expect(checkOf(c)).toEqual(expectedCheck(c));
  });
});
