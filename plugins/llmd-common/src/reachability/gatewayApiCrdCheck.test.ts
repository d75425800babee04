import {
  checkOf,
  type CheckCase,
  expectedCheck,
} from './__testUtils__/preflightScenario';
import { crd } from './__testUtils__/crdFixtures';
import {
  type ReachabilityScenario,
  withoutCrd,
} from './__testUtils__/reachabilityFixtures';

/** Replaces the Gateway API CRDs (the annotated ones) with those of another bundle version. */
const withGatewayApiBundle = (version: string) => (s: ReachabilityScenario) => {
  s.crds = s.crds.map(c =>
    c.metadata.annotations
      ? crd(c.metadata.name, ['v1', 'v1beta1'], version)
      : c,
  );
};

const cases: CheckCase[] = [
  {
    name: 'HTTPRoute CRD missing',
    breakIt: s => withoutCrd(s, 'httproutes.gateway.networking.k8s.io'),
    id: 'crd-gateway-api',
    status: 'fail',
    message: /missing: httproutes\.gateway\.networking\.k8s\.io/,
  },
  {
    name: 'Gateway API bundle older than KServe pins',
    breakIt: withGatewayApiBundle('v1.1.0'),
    id: 'crd-gateway-api',
    status: 'warn',
    message: /bundle is v1\.1\.0: KServe for v1alpha1 pins v1\.2\.1/,
    fix: /upgrade the Gateway API CRDs/,
  },
  {
    name: 'Gateway API bundle v1.2.1 is enough for v1alpha1, not for v1alpha2',
    breakIt: withGatewayApiBundle('v1.2.1'),
    llmisvcApiVersion: 'v1alpha2',
    id: 'crd-gateway-api',
    status: 'warn',
    message: /pins v1\.4\.1/,
  },
];

describe('preflight: crd-gateway-api', () => {
  it.each(cases)('$name', c => {
    expect(checkOf(c)).toEqual(expectedCheck(c));
  });
});
