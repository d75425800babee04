import { PREFLIGHT_CHECK_IDS } from '../api';
import {
  checkOf,
  type CheckCase,
  CRDS_FORBIDDEN,
  expectedCheck,
  preflight,
} from './__testUtils__/preflightScenario';
import {
  healthyScenario,
  withoutCrd,
} from './__testUtils__/reachabilityFixtures';

// What cannot be read: CRDs decided by the kinds they serve, else unknown naming the permission.
const unreadable: CheckCase[] = [
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
      /cannot tell whether ipaddresspools\.metallb\.io is installed: the credentials in use may not read CustomResourceDefinition objects \(missing permission: list, watch customresourcedefinitions\.apiextensions\.k8s\.io\)/,
    fix: /grant list, watch customresourcedefinitions/,
  },
  {
    name: 'Gateways not synced yet',
    access: { Gateway: { state: 'pending' } },
    id: 'gateways',
    status: 'unknown',
    message: /not synced yet/,
  },
];

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

  it.each(unreadable)('$name', c => {
    expect(checkOf(c)).toEqual(expectedCheck(c));
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
