import {
  checkOf,
  type CheckCase,
  expectedCheck,
} from './__testUtils__/preflightScenario';
import { withoutCrd } from './__testUtils__/reachabilityFixtures';

const cases: CheckCase[] = [
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
    breakIt: s => withoutCrd(s, 'inferencepools.inference.networking.x-k8s.io'),
    id: 'crd-inferencepool',
    status: 'warn',
    message:
      /served only as inference\.networking\.k8s\.io\/v1; KServe for v1alpha1 uses inference\.networking\.x-k8s\.io\/v1alpha2/,
  },
  {
    name: 'only v1 InferencePool is right for v1alpha2',
    breakIt: s => withoutCrd(s, 'inferencepools.inference.networking.x-k8s.io'),
    llmisvcApiVersion: 'v1alpha2',
    id: 'crd-inferencepool',
    status: 'ok',
    message: /served as inference\.networking\.k8s\.io\/v1$/,
  },
];

describe('preflight: crd-inferencepool', () => {
  it.each(cases)('$name', c => {
    expect(checkOf(c)).toEqual(expectedCheck(c));
  });
});
