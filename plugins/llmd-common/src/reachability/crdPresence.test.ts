import fs from 'node:fs';
import { vendorPath } from '@internal/test-support';
import { parse } from 'yaml';
import { crdPresence, installedCrdOf } from './crdPresence';
import { memoryReachabilitySource } from './__testUtils__/memoryReachabilitySource';
import { REACHABILITY_CRDS } from './reachabilityCrds';

/** A CRD manifest of vendor/crds. */
const vendoredCrd = (file: string) =>
  parse(fs.readFileSync(vendorPath(`crds/${file}`), 'utf8'));

describe('installedCrdOf', () => {
  it('reads served versions and the bundle version of the vendored Gateway API CRD', () => {
    const gateways = vendoredCrd(
      'gateway-api/gateway.networking.k8s.io_gateways.yaml',
    );
    expect(installedCrdOf(gateways)).toEqual({
      name: 'gateways.gateway.networking.k8s.io',
      servedVersions: ['v1', 'v1beta1'],
      established: false, // a manifest has no status
      bundleVersion: 'v1.4.1',
    });
  });

  it('reads the vendored AuthPolicy CRD as kuadrant.io/v1', () => {
    const authPolicies = vendoredCrd('kuadrant/kuadrant.io_authpolicies.yaml');
    expect(installedCrdOf(authPolicies)).toMatchObject({
      name: REACHABILITY_CRDS.authPolicy.name,
      servedVersions: ['v1'],
    });
  });
});

describe('crdPresence', () => {
  const forbidden = {
    state: 'forbidden',
    permission: 'list, watch customresourcedefinitions.apiextensions.k8s.io',
  } as const;

  it('is missing when CRDs may be read and it is not there', () => {
    expect(
      crdPresence(memoryReachabilitySource([]), REACHABILITY_CRDS.authPolicy),
    ).toEqual({ state: 'missing' });
  });

  it('falls back to the served kind: ok means installed, 404 means missing', () => {
    expect(
      crdPresence(
        memoryReachabilitySource([], { CustomResourceDefinition: forbidden }),
        REACHABILITY_CRDS.httpRoute,
      ),
    ).toEqual({ state: 'installed' });
    expect(
      crdPresence(
        memoryReachabilitySource([], {
          CustomResourceDefinition: forbidden,
          HTTPRoute: { state: 'not-installed' },
        }),
        REACHABILITY_CRDS.httpRoute,
      ),
    ).toEqual({ state: 'missing' });
  });

  it('is unknown, naming the permission, when nothing decides', () => {
    expect(
      crdPresence(
        memoryReachabilitySource([], { CustomResourceDefinition: forbidden }),
        REACHABILITY_CRDS.leaderWorkerSet,
      ),
    ).toEqual({
      state: 'unknown',
      message:
        'cannot tell whether leaderworkersets.leaderworkerset.x-k8s.io is installed: the credentials in use may not read CustomResourceDefinition objects (missing permission: list, watch customresourcedefinitions.apiextensions.k8s.io)',
      fix: "grant list, watch customresourcedefinitions.apiextensions.k8s.io to the identity that reads the cluster (the portal's service account; your own user for llmd diagnose), e.g. a ClusterRole bound to it",
    });
    expect(
      crdPresence(
        memoryReachabilitySource([], {
          CustomResourceDefinition: { state: 'pending' },
          AuthPolicy: { state: 'pending' },
        }),
        REACHABILITY_CRDS.authPolicy,
      ),
    ).toMatchObject({
      state: 'unknown',
      message: expect.stringContaining('not synced yet'),
    });
  });
});
