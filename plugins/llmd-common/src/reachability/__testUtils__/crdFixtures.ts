import type { KubeObjectLike } from '../../kube/kubeObject';

/*
 * Test-only building blocks of the reachability fixtures: writable objects, conditions, and the CRDs the evaluation
 * looks for with the names, versions and bundle annotations of the vendored CRDs (vendor/crds, vendor/kserve).
 */

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
/** A writable object, so a test can break one field. */
export type FixtureObject = Mutable<KubeObjectLike> & {
  spec?: any;
  status?: any;
};

/** A status condition as controllers write it. */
export const condition = (
  type: string,
  status = 'True',
  reason = type,
  message?: string,
) => ({
  type,
  status,
  reason,
  ...(message && { message }),
  lastTransitionTime: '2026-01-01T00:00:00Z',
});

/** A CRD as the API server lists it (schemas stripped). */
export function crd(
  name: string,
  versions: string[],
  bundleVersion?: string,
): FixtureObject {
  const [plural, ...group] = name.split('.');
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: {
      name,
      ...(bundleVersion && {
        annotations: {
          'gateway.networking.k8s.io/bundle-version': bundleVersion,
        },
      }),
    },
    spec: {
      group: group.join('.'),
      names: { plural },
      versions: versions.map((v, i) => ({
        name: v,
        served: true,
        storage: i === versions.length - 1,
      })),
    },
    status: { conditions: [condition('Established')] },
  };
}

/** Every CRD the evaluation looks for, as vendored (Gateway API bundle v1.4.1, GIE v1.6.0 + v1.4.0, Kuadrant, LWS, MetalLB). */
export function allCrds(): FixtureObject[] {
  return [
    crd('llminferenceservices.serving.kserve.io', ['v1alpha1', 'v1alpha2']),
    crd('llminferenceserviceconfigs.serving.kserve.io', [
      'v1alpha1',
      'v1alpha2',
    ]),
    crd('gateways.gateway.networking.k8s.io', ['v1', 'v1beta1'], 'v1.4.1'),
    crd('httproutes.gateway.networking.k8s.io', ['v1', 'v1beta1'], 'v1.4.1'),
    crd(
      'gatewayclasses.gateway.networking.k8s.io',
      ['v1', 'v1beta1'],
      'v1.4.1',
    ),
    crd('inferencepools.inference.networking.k8s.io', ['v1']),
    crd('inferencepools.inference.networking.x-k8s.io', ['v1alpha2']),
    crd('authpolicies.kuadrant.io', ['v1']),
    crd('leaderworkersets.leaderworkerset.x-k8s.io', ['v1']),
    crd('ipaddresspools.metallb.io', ['v1beta1']),
  ];
}
