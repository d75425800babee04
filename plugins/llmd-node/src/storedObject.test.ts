import { storedObject } from './storedObject';
import { BUILT_IN_CLUSTER_DEFAULTS } from './readClusterConfig';
import { watchedResource } from './watchedResources';

describe('storedObject', () => {
  it('drops managedFields and fills in the type of list items', () => {
    const stored = storedObject(
      {
        metadata: {
          name: 'm1',
          namespace: 'team-a',
          managedFields: [{ manager: 'kubectl' }],
          labels: { a: 'b' },
        },
        spec: { parentRefs: [] },
      } as any,
      watchedResource('HTTPRoute', BUILT_IN_CLUSTER_DEFAULTS),
    );
    expect(stored).toEqual({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'm1', namespace: 'team-a', labels: { a: 'b' } },
      spec: { parentRefs: [] },
    });
  });

  it('keeps what the checks read of a CRD, without its schemas', () => {
    const stored = storedObject(
      {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: {
          name: 'httproutes.gateway.networking.k8s.io',
          annotations: { 'gateway.networking.k8s.io/bundle-version': 'v1.3.0' },
        },
        spec: {
          group: 'gateway.networking.k8s.io',
          versions: [
            {
              name: 'v1',
              served: true,
              storage: true,
              schema: { openAPIV3Schema: {} },
            },
            { name: 'v1beta1', served: false, storage: false },
          ],
        },
        status: { conditions: [{ type: 'Established', status: 'True' }] },
      },
      watchedResource('CustomResourceDefinition', BUILT_IN_CLUSTER_DEFAULTS),
    );
    expect(stored.spec).toEqual({
      group: 'gateway.networking.k8s.io',
      versions: [
        { name: 'v1', served: true, storage: true },
        { name: 'v1beta1', served: false, storage: false },
      ],
    });
    expect(stored.metadata.annotations).toEqual({
      'gateway.networking.k8s.io/bundle-version': 'v1.3.0',
    });
    expect(stored.status).toEqual({
      conditions: [{ type: 'Established', status: 'True' }],
    });
  });
});
