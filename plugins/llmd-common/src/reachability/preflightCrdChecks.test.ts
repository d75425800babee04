import {
  checkOf,
  type CheckCase,
  expectedCheck,
} from './__testUtils__/preflightScenario';
import { crd } from './__testUtils__/crdFixtures';
import { withoutCrd } from './__testUtils__/reachabilityFixtures';

const cases: CheckCase[] = [
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
    breakIt: s => withoutCrd(s, 'llminferenceserviceconfigs.serving.kserve.io'),
    id: 'crd-llminferenceserviceconfig',
    status: 'fail',
    message: /not installed/,
  },
];

describe('preflight: crd-llminferenceservice, crd-llminferenceserviceconfig', () => {
  it.each(cases)('$name', c => {
    expect(checkOf(c)).toEqual(expectedCheck(c));
  });
});
