import {
  checkOf,
  type CheckCase,
  expectedCheck,
} from './__testUtils__/preflightScenario';
import { withoutCrd } from './__testUtils__/reachabilityFixtures';

const cases: CheckCase[] = [
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
];

describe('preflight: crd-authpolicy', () => {
  it.each(cases)('$name', c => {
    expect(checkOf(c)).toEqual(expectedCheck(c));
  });
});
